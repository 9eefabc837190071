package org.gongkai.supervision;

import java.time.OffsetDateTime;

/** What the desk tells the supervised item's process. */
public interface InstructionFlow {

  void start(
      String instructionId,
      String ownerUnitCode,
      String leader,
      OffsetDateTime remindAt,
      OffsetDateTime chaseAt);

  void answered(String instructionId);

  void reviewed(String instructionId, boolean accepted);
}
