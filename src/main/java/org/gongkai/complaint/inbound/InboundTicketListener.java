package org.gongkai.complaint.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.complaint.Citizen;
import org.gongkai.complaint.ComplaintDesk;
import org.gongkai.complaint.Intake;
import org.gongkai.complaint.Urgency;
import org.gongkai.platform.GongkaiTopics;
import org.gongkai.platform.ProblemException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns each ticket on {@value GongkaiTopics#INBOUND_TICKETS} into a case, once however often it is
 * delivered. A ticket that cannot be read or breaks the intake rules is refused with its reason and
 * ends on the dead-letter topic; the listener goes on with the next one.
 */
@Component
class InboundTicketListener {

  static final String GROUP = "gongkai-inbound";

  private final ComplaintDesk desk;
  private final ObjectMapper objectMapper;
  private final Validator validator;

  InboundTicketListener(ComplaintDesk desk, ObjectMapper objectMapper, Validator validator) {
    this.desk = desk;
    this.objectMapper = objectMapper;
    this.validator = validator;
  }

  @KafkaListener(
      id = "inbound-tickets",
      topics = GongkaiTopics.INBOUND_TICKETS,
      groupId = GROUP,
      containerFactory = InboundTicketConfiguration.CONTAINER_FACTORY)
  void on(String json) {
    InboundTicket ticket = parse(json);
    try {
      desk.receiveTicket(
          new Intake(
              ticket.agencyCode().strip(),
              ticket.channel(),
              ticket.receivedAt(),
              ticket.category(),
              ticket.urgency() == null ? Urgency.NORMAL : ticket.urgency(),
              ticket.areaCode() == null || ticket.areaCode().isBlank()
                  ? null
                  : ticket.areaCode().strip(),
              ticket.content().strip(),
              new Citizen(
                  ticket.citizen().name().strip(),
                  ticket.citizen().phone() == null || ticket.citizen().phone().isBlank()
                      ? null
                      : ticket.citizen().phone().strip()),
              ticket.upstreamTicketId().strip(),
              Boolean.TRUE.equals(ticket.directAnswer())));
    } catch (ProblemException refused) {
      if (refused.status().is4xxClientError()) {
        throw new MalformedTicketException(refused.getMessage(), refused);
      }
      throw refused;
    }
  }

  private InboundTicket parse(String json) {
    InboundTicket ticket;
    try {
      ticket = objectMapper.readValue(json, InboundTicket.class);
    } catch (JsonProcessingException unreadable) {
      throw new MalformedTicketException(
          "工单不是可读的JSON或字段格式不正确：" + unreadable.getOriginalMessage(), unreadable);
    }
    if (ticket == null) {
      throw new MalformedTicketException("工单内容为空");
    }
    Set<ConstraintViolation<InboundTicket>> violations = validator.validate(ticket);
    if (!violations.isEmpty()) {
      throw new MalformedTicketException(
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(v -> v.getPropertyPath() + "：" + v.getMessage())
              .collect(Collectors.joining("；")));
    }
    return ticket;
  }
}
