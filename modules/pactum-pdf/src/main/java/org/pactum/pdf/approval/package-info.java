/**
 * The approval sheet («лист согласования», «келісу парағы»): an agreement's route printed on A4 — stages, approvers,
 * decisions, remarks and times, round by round, with a line for each approver's signature on the paper copy.
 */
package org.pactum.pdf.approval;
