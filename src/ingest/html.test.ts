import assert from "node:assert/strict";
import { test } from "node:test";
import type { RawArticle } from "./article.js";
import { readHtmlArticle } from "./html.js";
import { htmlToText } from "./htmltext.js";

const page = `<!doctype html>
<html><head>
  <title>Blinken meets Wang Yi | Capital Wire</title>
  <meta property="og:title" content="Blinken, Wang Yi hold &quot;candid&quot; talks">
  <meta property="og:site_name" content="Capital Wire">
  <meta property="og:url" content="https://wire.example/2023/06/19/talks">
  <meta property="article:published_time" content="2023-06-19T23:30:00-04:00">
  <style>p { color: red }</style><script>var tracking = "Do not read";</script>
</head><body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <article>
    <h1>Blinken, Wang Yi hold talks</h1>
    <p>BEIJING, June 19 (Capital Wire) -- U.S. Secretary of State Antony Blinken met
       Chinese Foreign Minister Wang Yi on Monday.</p>
    <p>Both sides called the talks &ldquo;candid&rdquo; &amp; constructive.<br>Officials said more meetings would follow.</p>
    <aside>Related: Read more</aside>
    <ul><li>Trade</li><li>Taiwan</li></ul>
  </article>
  <footer>© Capital Wire</footer>
</body></html>`;

test("readHtmlArticle: a full page gives text, title, date, url and source", () => {
  const article = readHtmlArticle(page, "talks.html");
  assert.deepEqual(article, {
    origin: "talks.html",
    text:
      "Blinken, Wang Yi hold talks\n\nBEIJING, June 19 (Capital Wire) -- U.S. Secretary of State Antony Blinken met " +
      "Chinese Foreign Minister Wang Yi on Monday.\n\nBoth sides called the talks “candid” & constructive.\n" +
      "Officials said more meetings would follow.\n\nTrade\nTaiwan",
    title: 'Blinken, Wang Yi hold "candid" talks',
    source: "Capital Wire",
    url: "https://wire.example/2023/06/19/talks",
    externalId: null,
    publishedAt: "2023-06-19",
    dateSource: "meta",
    format: "html",
  });
});

const wrap = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
const cases: [string, string, Partial<RawArticle>][] = [
  [
    "title from <title> without og:title",
    wrap("<title> Xi meets Biden </title>", "<p>Text</p>"),
    { title: "Xi meets Biden" },
  ],
  [
    "title from the first h1 last",
    wrap("", "<h1>Xi meets Biden</h1><h1>Other</h1><p>Text</p>"),
    { title: "Xi meets Biden" },
  ],
  ["no title at all", wrap("", "<p>Text</p>"), { title: null }],
  [
    "url from the canonical link",
    wrap('<link rel="canonical" href="https://a.example/x">', "<p>T</p>"),
    { url: "https://a.example/x" },
  ],
  [
    "<main> is preferred over the body",
    wrap("", "<div>Menu</div><main><p>Talks resumed.</p></main>"),
    { text: "Talks resumed." },
  ],
  [
    "the article with most text is chosen",
    wrap("", "<article><p>Teaser</p></article><article><p>Wang Yi met Blinken in Washington.</p></article>"),
    { text: "Wang Yi met Blinken in Washington." },
  ],
  [
    "date from itemprop datePublished",
    wrap('<meta itemprop="datePublished" content="June 19, 2023">', "<p>T</p>"),
    { publishedAt: "2023-06-19", dateSource: "meta" },
  ],
  [
    "date from a dc.date meta name",
    wrap('<meta name="DC.date.issued" content="2023-06-19">', "<p>T</p>"),
    { publishedAt: "2023-06-19" },
  ],
  [
    "date from sailthru.date",
    wrap('<meta name="sailthru.date" content="Mon, 19 Jun 2023 08:00:00 GMT">', "<p>T</p>"),
    { publishedAt: "2023-06-19" },
  ],
  [
    "date from <time datetime> in the article",
    wrap("", '<article><time datetime="2023-11-15T10:00">Nov 15</time><p>Xi met Biden.</p></article>'),
    { publishedAt: "2023-11-15", dateSource: "meta" },
  ],
  [
    "date from JSON-LD datePublished",
    wrap(
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-01-09T08:00:00+08:00"}]}</script>',
      "<p>T</p>",
    ),
    { publishedAt: "2024-01-09" },
  ],
  [
    "date from a stamp in the text",
    wrap("", "<p>Posted on June 19, 2023</p><p>Blinken landed.</p>"),
    { publishedAt: "2023-06-19", dateSource: "stamp" },
  ],
  [
    "an unparseable meta date falls through",
    wrap('<meta name="date" content="soon">', "<p>Wang spoke.</p>"),
    { publishedAt: null, dateSource: null },
  ],
  [
    "hidden and navigation-role elements are dropped",
    wrap("", '<div hidden>Ad</div><div role="navigation">Menu</div><p>Talks.</p>'),
    { text: "Talks." },
  ],
];

for (const [name, html, expected] of cases) {
  test(`readHtmlArticle: ${name}`, () => {
    const article = readHtmlArticle(html, "a.html");
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(article[key as keyof RawArticle], value, key);
  });
}

const fragments: [string, string, string][] = [
  ["paragraphs are separated by a blank line", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."],
  ["br and div end a line", "A<br>B<div>C</div>D", "A\nB\nC\nD"],
  ["two br separate paragraphs", "A<br><br>B", "A\n\nB"],
  ["list items are one line each", "<ul><li>A</li><li>B</li></ul>", "A\nB"],
  ["runs of spaces collapse", "<p>Wang   Yi\n\t met  Blinken</p>", "Wang Yi met Blinken"],
  ["entities are decoded", "<p>&quot;A&quot; &amp; B&nbsp;C &#8220;D&#x201D;</p>", '"A" & B C “D”'],
  ["table cells are spaced", "<table><tr><td>China</td><td>US</td></tr></table>", "China US"],
  ["scripts and comments vanish", "<p>A<script>x()</script><!-- note -->B</p>", "AB"],
];

for (const [name, html, expected] of fragments) {
  test(`htmlToText: ${name}`, () => assert.equal(htmlToText(html), expected));
}
