/**
 * What a form says about input the domain refused: the field paths of its errors read once ({@code FieldPath}), one placer
 * ({@code FormProblems}) that puts each problem beside its field or on the page after a per-form table of places, and the
 * one table of what each broken rule says in the user's language ({@code RuleMessages}); and the marks of a form's refused
 * fields for assistive technology, with the field the answer lands on ({@code MarkedFields}), and the summary over the
 * page that links to each of them ({@code RefusalSummary}).
 */
package org.pactum.web.forms;
