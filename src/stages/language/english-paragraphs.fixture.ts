/** English paragraphs that must stay English, written for these tests; `kind` says what makes each hard. */
// biome-ignore format: one paragraph per entry, wrapped by hand
export const ENGLISH_PARAGRAPHS: [kind: string, paragraph: string][] = [
  ["plain", "The foreign ministers of Japan and South Korea met in Seoul on Thursday and agreed to resume regular " +
    "talks, which had been suspended for more than two years after a dispute over compensation for wartime labour."],
  ["plain", "Officials in Brussels said the new sanctions package would target shipping companies that help Moscow " +
    "move oil above the price cap, and that it could be adopted before the end of the month."],
  ["names", "Wang Yi, Sergei Lavrov and Subrahmanyam Jaishankar sat down with Retno Marsudi and Mauro Vieira on the " +
    "sidelines of the gathering in Johannesburg, where Naledi Pandor hosted a dinner for the delegations."],
  ["names", "Officials named in the report included Jean-Noël Barrot, Annalena Baerbock, José Manuel Albares, " +
    "Antonio Tajani, Radosław Sikorski and Hakan Fidan, all of whom had attended the meeting in Brussels last month."],
  ["names", "Present at the summit in Jakarta were Wang Yi, Sergei Lavrov, Antony Blinken, Penny Wong, Retno " +
    "Marsudi, Yoko Kamikawa, Park Jin, Melanie Joly, Subrahmanyam Jaishankar and Vivian Balakrishnan, among others."],
  ["names", "At the ECOWAS meeting in Abuja: Nana Akufo-Addo, Bola Tinubu, Macky Sall, Alassane Ouattara, Faure " +
    "Gnassingbe, Patrice Talon, Mohamed Bazoum and Umaro Sissoco Embalo, with Omar Alieu Touray."],
  ["names", "Xi Jinping, Li Qiang, Zhao Leji, Wang Huning, Cai Qi, Ding Xuexiang and Li Xi stood on the stage in " +
    "Beijing as the new Politburo Standing Committee was presented to reporters from China and abroad."],
  ["names", "Guests at the banquet in Tashkent included Shavkat Mirziyoyev, Kassym-Jomart Tokayev, Sadyr Japarov, " +
    "Emomali Rahmon, Serdar Berdimuhamedow, Ilham Aliyev, Nikol Pashinyan and Irakli Kobakhidze."],
  ["quote", "French President Emmanuel Macron told reporters in Paris that Europe must not become a vassal in the " +
    "rivalry between Washington and Beijing. « Nous ne voulons pas dépendre des autres pour notre sécurité et notre " +
    "énergie », a-t-il déclaré. The remarks drew criticism from several allies in Central Europe, who said they " +
    "risked sending a confusing signal to Moscow."],
  ["quote", "The German chancellor used a word that has since become a slogan: „Zeitenwende“. Asked what it meant " +
    "for the budget, he said the army would receive a special fund of 100 billion euros and that Berlin would meet " +
    "the NATO target of spending two percent of output on defence."],
  ["script", "Foreign Minister Wang Yi (王毅) told his counterpart that the two sides should manage their " +
    "differences, and the ministry later posted the phrase 求同存异 (seeking common ground) on its website."],
];
