import assert from "node:assert/strict";
import { test } from "node:test";
import type { RawArticle, ReadResult } from "./article.js";
import { readFeed } from "./feed.js";

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Capital Wire: Asia</title><link>https://wire.example</link>
  <item>
    <title>Blinken arrives in Beijing</title>
    <link>https://wire.example/a/1</link>
    <guid isPermaLink="false">wire-1</guid>
    <pubDate>Sun, 18 Jun 2023 09:00:00 +0800</pubDate>
    <description>Short teaser</description>
    <content:encoded><![CDATA[<p>Blinken landed in Beijing.</p><p>He will meet Qin Gang.</p>]]></content:encoded>
  </item>
  <item>
    <title>Qin Gang, Blinken talk</title>
    <dc:date>2023-06-18T20:00:00+08:00</dc:date>
    <description>&lt;p&gt;Talks lasted &lt;b&gt;five&lt;/b&gt; hours &amp;amp; ended late.&lt;/p&gt;</description>
  </item>
  <item><title>Headline only</title></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Embassy News</title>
  <entry>
    <title type="html">Liu Jianchao visits New York</title>
    <id>urn:uuid:liu-2024</id>
    <link rel="edit" href="https://embassy.example/edit/7"/>
    <link rel="alternate" href="https://embassy.example/news/7"/>
    <updated>2024-01-10T09:00:00Z</updated>
    <published>2024-01-09T21:00:00-05:00</published>
    <content type="html">&lt;p&gt;Liu spoke at the Asia Society.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Xi meets Biden</title>
    <link href="https://embassy.example/news/8"/>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The leaders met.</p><p>They agreed to talk.</p></div></summary>
  </entry>
</feed>`;

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel><title>Old Wire</title></channel>
  <item><title>Envoy named</title><link>https://old.example/1</link><dc:date>2021-07-28</dc:date><description>Qin Gang takes up his post.</description></item>
</rdf:RDF>`;

const article = (r: ReadResult | undefined): RawArticle => {
  assert.equal(r?.kind, "article", JSON.stringify(r));
  return (r as { article: RawArticle }).article;
};

const cases: [string, string, number, Partial<RawArticle>][] = [
  [
    "RSS: content:encoded beats description, pubDate read as written",
    rss,
    0,
    {
      origin: "f.xml#item-1",
      title: "Blinken arrives in Beijing",
      text: "Blinken landed in Beijing.\n\nHe will meet Qin Gang.",
      url: "https://wire.example/a/1",
      externalId: "wire-1",
      source: "Capital Wire: Asia",
      publishedAt: "2023-06-18",
      dateSource: "feed",
      format: "feed",
    },
  ],
  [
    "RSS: escaped description markup is extracted; dc:date",
    rss,
    1,
    { text: "Talks lasted five hours & ended late.", publishedAt: "2023-06-18" },
  ],
  [
    "Atom: alternate link, published before updated, id, html content",
    atom,
    0,
    {
      url: "https://embassy.example/news/7",
      publishedAt: "2024-01-09",
      externalId: "urn:uuid:liu-2024",
      text: "Liu spoke at the Asia Society.",
      source: "Embassy News",
    },
  ],
  [
    "Atom: xhtml summary, link without rel, undated",
    atom,
    1,
    { text: "The leaders met.\n\nThey agreed to talk.", url: "https://embassy.example/news/8", publishedAt: null },
  ],
  [
    "RSS 1.0 (RDF)",
    rdf,
    0,
    { title: "Envoy named", url: "https://old.example/1", publishedAt: "2021-07-28", source: "Old Wire" },
  ],
];

for (const [name, xml, index, expected] of cases) {
  test(`readFeed: ${name}`, () => {
    const found = article(readFeed(xml, "f.xml")[index]);
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(found[key as keyof RawArticle], value, key);
  });
}

test("readFeed: an item without text is rejected, the others still read", () => {
  const results = readFeed(rss, "f.xml");
  assert.equal(results.length, 3);
  assert.deepEqual(results[2], {
    kind: "rejected",
    rejection: {
      origin: "f.xml#item-3",
      code: "no-text",
      reason: "no text: the item has none of content:encoded, content, description, summary",
    },
  });
});

test("readFeed: a feed without items is rejected as empty", () => {
  const [result] = readFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', "q.rss");
  assert.equal(result?.kind === "rejected" && result.rejection.code, "empty");
});
