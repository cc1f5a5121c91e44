// The marker that opens a list item: `-`, `*`, `+`, `•`, or a number with `.` or `)`, then a space.
export const LIST_MARKER = /^\s*(?:[-*+\u2022]|\d{1,3}[.)])\s+/;
