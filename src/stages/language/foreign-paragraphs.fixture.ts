/** Short news paragraphs about diplomacy in thirteen languages, two each, written for these tests. */
// biome-ignore format: one paragraph per entry, wrapped by hand
export const FOREIGN: [code: string, paragraph: string][] = [
  ["fr", "Le président français a reçu mardi à l'Élysée le chef de la diplomatie chinoise pour un entretien consacré à " +
    "la guerre en Ukraine et aux tensions commerciales. Selon la présidence, les deux responsables ont convenu de " +
    "maintenir un dialogue régulier et de préparer une visite d'État au printemps."],
  ["fr", "Les ministres des Affaires étrangères de l'Union européenne se sont réunis lundi à Bruxelles pour discuter " +
    "de nouvelles sanctions contre Moscou. Plusieurs pays ont exprimé des réserves, craignant des conséquences pour " +
    "leurs approvisionnements en énergie pendant l'hiver."],
  ["de", "Der Bundeskanzler hat am Mittwoch in Berlin den indischen Premierminister empfangen. Beide Regierungen " +
    "unterzeichneten mehrere Abkommen über Klimaschutz, Fachkräfte und Rüstungszusammenarbeit, wie ein " +
    "Regierungssprecher nach dem Treffen mitteilte."],
  ["de", "Die Außenminister der G7-Staaten haben Russland erneut aufgefordert, seine Truppen aus der Ukraine " +
    "abzuziehen. In einer gemeinsamen Erklärung warnten sie zudem China davor, Moskau mit Waffen oder militärisch " +
    "nutzbaren Gütern zu unterstützen."],
  ["es", "El presidente de Brasil llegó el domingo a Madrid para una visita oficial de tres días, en la que se " +
    "reunirá con el rey y con el jefe del Gobierno español. Ambas partes esperan avanzar en el acuerdo comercial " +
    "entre la Unión Europea y el Mercosur."],
  ["es", "La ministra de Relaciones Exteriores de México convocó al embajador estadounidense tras las declaraciones " +
    "de un senador sobre una posible intervención militar contra los cárteles. El Gobierno calificó esas palabras " +
    "de inaceptables y pidió respeto a la soberanía nacional."],
  ["pt", "O ministro das Relações Exteriores do Brasil recebeu nesta segunda-feira o seu homólogo argentino em " +
    "Brasília. Os dois governos assinaram um memorando para ampliar a cooperação na área de energia e discutiram a " +
    "situação política na Venezuela."],
  ["pt", "O primeiro-ministro de Portugal afirmou que o país continuará a apoiar a Ucrânia enquanto for necessário. " +
    "Em declarações aos jornalistas, ele defendeu também uma reforma do Conselho de Segurança das Nações Unidas, com " +
    "mais lugares para a África e a América Latina."],
  ["it", "Il ministro degli Esteri italiano ha incontrato ieri a Roma il suo omologo turco per discutere della crisi " +
    "in Libia e dei flussi migratori nel Mediterraneo. I due governi hanno concordato di rafforzare la cooperazione " +
    "tra le guardie costiere."],
  ["it", "La presidente del Consiglio ha dichiarato che l'Italia non intende uscire dall'accordo con la Cina senza " +
    "prima consultare i partner europei. Secondo fonti diplomatiche, la decisione finale sarà presa entro la fine " +
    "dell'anno."],
  ["nl", "De Nederlandse minister van Buitenlandse Zaken heeft dinsdag in Den Haag zijn Chinese collega ontvangen. " +
    "De twee bespraken de exportbeperkingen voor chipmachines, de oorlog in Oekraïne en de mensenrechtensituatie in " +
    "Xinjiang."],
  ["nl", "Het kabinet wil dat de Europese Unie strengere regels invoert voor buitenlandse investeringen in vitale " +
    "infrastructuur. Volgens de premier is het belangrijk dat de lidstaten daarbij samen optrekken en niet " +
    "afzonderlijk onderhandelen."],
  ["pl", "Minister spraw zagranicznych Polski spotkał się w czwartek w Warszawie ze swoim ukraińskim odpowiednikiem. " +
    "Rozmowy dotyczyły odbudowy Ukrainy, eksportu zboża oraz bezpieczeństwa na granicy wschodniej Unii Europejskiej."],
  ["pl", "Prezydent podkreślił, że obecność wojsk amerykańskich w Polsce jest gwarancją bezpieczeństwa całego " +
    "regionu. Według rzecznika rządu w przyszłym miesiącu odbędą się kolejne konsultacje z sojusznikami z NATO."],
  ["tr", "Dışişleri Bakanı, Ankara'da Yunan mevkidaşıyla bir araya gelerek Ege'deki sorunları ve göç konusunu " +
    "görüştü. İki bakan, diyalog kanallarının açık tutulması gerektiği konusunda uzlaştı."],
  ["tr", "Cumhurbaşkanı, NATO zirvesi öncesinde yaptığı açıklamada İsveç'in üyeliğine ilişkin kararın parlamentoya " +
    "ait olduğunu söyledi ve terörle mücadele konusunda somut adımlar beklediklerini vurguladı."],
  ["ru", "Министр иностранных дел России провёл в Москве переговоры со своим турецким коллегой. Стороны обсудили " +
    "ситуацию в Сирии, поставки зерна через Чёрное море и подготовку визита президента Турции в Россию."],
  ["ru", "В Кремле заявили, что Москва готова к диалогу с Вашингтоном по вопросам стратегической стабильности, но " +
    "только на условиях равноправия. Пресс-секретарь президента добавил, что конкретных договорённостей о встрече " +
    "пока нет."],
  ["uk", "Міністр закордонних справ України провів у Києві зустріч зі своїм польським колегою. Сторони обговорили " +
    "постачання зброї, експорт зерна та підготовку до засідання Ради асоціації з Європейським Союзом."],
  ["uk", "Президент заявив, що Україна розраховує на нові пакети допомоги від партнерів і не погодиться на будь-які " +
    "поступки щодо своєї територіальної цілісності."],
  ["ar", "استقبل وزير الخارجية السعودي في الرياض نظيره الإيراني، وبحث الجانبان سبل تعزيز العلاقات الثنائية بعد " +
    "استئنافها، إضافة إلى الأوضاع في اليمن وأمن الملاحة في الخليج."],
  ["ar", "دعت جامعة الدول العربية في بيان صدر يوم الأحد إلى وقف فوري لإطلاق النار في غزة، وطالبت المجتمع الدولي " +
    "بتحمل مسؤولياته وإيصال المساعدات الإنسانية دون عوائق."],
  ["zh", "中国外交部长星期二在北京会见了到访的法国外长。双方就乌克兰危机、气候变化和双边贸易交换了意见，并同意继续保持高层交往。"],
  ["zh", "外交部发言人在例行记者会上表示，中方坚决反对美方对台湾地区的军售，已经向美方提出严正交涉，要求其停止干涉中国内政。"],
  ["ja", "日本の外務大臣は水曜日、東京で韓国の外相と会談し、北朝鮮の核・ミサイル問題について緊密に連携していくことで一致した。"],
  ["ja", "政府は、中国の海警局の船が尖閣諸島周辺の領海に侵入したとして、外交ルートを通じて中国側に強く抗議した。"],
];
