/**
 * The complaint pages: registration at the front desk with its printed receipt, the case page, and
 * one page per step of the ticket (派单, 签收, 退单, 答复, 回访, 督办).
 */
@NullMarked
package org.gongkai.complaint.web;

import org.jspecify.annotations.NullMarked;
