package org.gongkai.supervision.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.gongkai.platform.web.StaffPage;
import org.gongkai.supervision.InstructionWorklist;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the home page the answered instructions waiting for the signed-in leader's review as {@code
 * instructionsAwaitingReview}, so the platform's home page needs nothing from this module.
 */
@ControllerAdvice(annotations = StaffPage.class)
class InstructionsAwaitingReviewAdvice {

  private final InstructionWorklist worklist;

  InstructionsAwaitingReviewAdvice(InstructionWorklist worklist) {
    this.worklist = worklist;
  }

  @ModelAttribute
  void awaitingReview(Model model, HttpServletRequest request, @Nullable Principal user) {
    if (user != null && "/".equals(request.getServletPath()) && request.isUserInRole("LEADER")) {
      model.addAttribute("instructionsAwaitingReview", worklist.awaitingReviewBy(user.getName()));
    }
  }
}
