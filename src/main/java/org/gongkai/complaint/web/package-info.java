/**
 * The complaint pages: the list and the case page ({@link
 * org.gongkai.complaint.web.ComplaintPages}), registration at the front desk with its printed
 * receipt ({@link org.gongkai.complaint.web.ComplaintIntakePages}), and one page per step of the
 * ticket (派单, 签收, 退单, 答复, 回访, 督办; {@link org.gongkai.complaint.web.ComplaintStepPages}). Their
 * forms ({@link org.gongkai.complaint.web.ComplaintPageForms}) read typed values as every page does
 * ({@link org.gongkai.platform.web.FormValues}).
 */
@NullMarked
package org.gongkai.complaint.web;

import org.jspecify.annotations.NullMarked;
