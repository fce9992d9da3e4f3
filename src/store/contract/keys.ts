/**
 * Four invented articles. A and B report the same Qin–Blinken phone call (merge key CALL), B less
 * precisely dated and with a misspelt "Qing Gang"; C is undated and about Russia and Ukraine; D
 * holds a China–US meeting where no side hosts and a year-only sanction.
 */
export const KEYS = {
  call: "consult|qin-gang|antony-blinken|2023-06-18",
  demand: "demand|qin-gang|USA|2023-06-18",
  warn: "threaten|qin-gang|USA|2023-06",
  meet: "meet|sergei-lavrov|UKR|2022",
  accuse: "accuse|sergei-lavrov|UKR|-",
  geneva: "meet|CHN+USA|2023-07-01",
  sanction: "sanction|USA|CHN|2023",
} as const;
