"""Hand-written pages and feeds for the reader tests (no corpus text)."""
# ruff: noqa: E501

from __future__ import annotations

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour town votes to rebuild its old sea wall | Coastal Courier | 19.01.2020</title>
  <meta property="og:title" content="Harbour town votes to rebuild its old sea wall | Coastal Courier | 19.01.2020">
  <meta property="og:site_name" content="Coastal Courier">
  <meta name="author" content="Mara Lindqvist">
  <meta property="article:published_time" content="2020-01-19T08:30:00Z">
  <link rel="canonical" href="https://courier.example/news/sea-wall-vote">
  <script>window.analytics = {track: function() {}};</script>
  <style>body { font-family: serif; }</style>
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Accept</a></div>
  <header class="site-header">
    <a class="logo" href="/">Coastal Courier</a>
    <nav>
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/weather">Weather</a></li>
        <li><a href="/opinion">Opinion</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>Harbour town votes to rebuild its old sea wall</h1>
      <p class="byline">By <span class="author">Mara Lindqvist</span>, <time datetime="2020-01-19">19 January 2020</time></p>
      <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
      <figure>
        <img src="/img/wall.jpg" alt="The sea wall at low tide">
        <figcaption>The crumbling sea wall at low tide last winter. Photo: Jon Ekberg</figcaption>
      </figure>
      <div class="article-body">
        <p>Councillors in the harbour town of Vellmar voted on Tuesday to spend 4.2 million euros rebuilding the sea wall that has guarded the old quay since 1911.</p>
        <p>The vote passed by nine votes to two after a three-hour debate in which residents packed the public gallery of the town hall.</p>
        <p class="read-more"><a href="/news/storm-damage">Read more: Storm damage bill tops two million</a></p>
        <p>“We have patched this wall for thirty years and the sea keeps winning,” said Ines Halvorsen, who chairs the council's works committee. “This time we build it properly.”</p>
        <p>Engineers told the council that the new wall would stand 1.5 metres higher than the old one and should last at least sixty years.</p>
        <aside class="related">
          <h3>Related stories</h3>
          <ul>
            <li><a href="/news/ferry-timetable">Ferry timetable cut for winter months</a></li>
            <li><a href="/news/fish-market">Fish market reopens after repairs</a></li>
          </ul>
        </aside>
        <p>Two councillors argued the money would be better spent moving the fish market inland, away from the flood zone.</p>
        <p>Work is due to start in the spring and will close part of the quay to traffic for about eight months.</p>
      </div>
      <p class="standards">Our Standards: The Coastal Courier Trust Principles.</p>
    </article>
  </main>
  <section class="comments"><h2>Comments</h2><p>Great news for the town! - a reader</p></section>
  <footer>
    <p>© 2020 Coastal Courier Media. All rights reserved.</p>
    <a href="/about">About us</a> <a href="/contact">Contact</a>
  </footer>
</body>
</html>
"""

BODY_SENTENCES = (
    "Councillors in the harbour town of Vellmar voted on Tuesday",
    "The vote passed by nine votes to two",
    "We have patched this wall for thirty years",
    "Engineers told the council",
    "Two councillors argued",
    "Work is due to start in the spring",
)

NOT_BODY = (
    "Read more",
    "Storm damage bill",
    "Related stories",
    "Ferry timetable",
    "Photo: Jon Ekberg",
    "Our Standards",
    "cookies",
    "Share on",
    "Great news for the town",
    "All rights reserved",
    "Sport",
)

INDEX_HTML = """<!DOCTYPE html>
<html><head><title>Coastal Courier – Home</title></head>
<body>
  <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <ul>
    <li><a href="/a">Ferry timetable cut</a></li>
    <li><a href="/b">Fish market reopens</a></li>
  </ul>
  <footer>© Coastal Courier</footer>
</body></html>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Coastal Courier</title>
    <link>https://courier.example/</link>
    <description>News from the coast</description>
    <item>
      <title>Harbour town votes to rebuild its old sea wall</title>
      <link>https://courier.example/news/sea-wall-vote</link>
      <author>mara@courier.example (Mara Lindqvist)</author>
      <pubDate>Sun, 19 Jan 2020 08:30:00 GMT</pubDate>
      <description>&lt;p&gt;Councillors voted on Tuesday to spend 4.2 million euros on the sea wall.&lt;/p&gt;&lt;p&gt;Work starts in the spring.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Ferry timetable cut for winter months</title>
      <link>https://courier.example/news/ferry-timetable</link>
      <pubDate>Mon, 20 Jan 2020 10:00:00 GMT</pubDate>
      <description>The ferry will run twice a day until March, the operator said.</description>
    </item>
  </channel>
</rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Gazette</title>
  <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
  <updated>2021-03-01T12:00:00Z</updated>
  <entry>
    <title>Bridge reopens after six weeks</title>
    <link href="https://gazette.example/bridge"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2021-03-01T12:00:00Z</updated>
    <published>2021-03-01T09:15:00Z</published>
    <author><name>Tom Brandt</name></author>
    <content type="html">&lt;p&gt;The bridge over the Aller reopened on Monday.&lt;/p&gt;&lt;p&gt;“It feels like spring,” said one commuter.&lt;/p&gt;</content>
  </entry>
</feed>
"""

WIRE_HTML = """<!doctype html>
<html><head>
<title>Dock workers end strike after pay deal - Northwire</title>
<meta name="description" content="Dock workers at Port Halden ended a two-week strike.">
<meta property="og:site_name" content="Northwire">
</head>
<body>
<div id="top-bar"><a href="/">Northwire</a> <a href="/markets">Markets</a> <a href="/world">World</a> <a href="/login">Sign in</a></div>
<div class="layout">
  <div class="main-column">
    <div class="headline-block"><h1 class="headline">Dock workers end strike after pay deal</h1>
      <div class="byline">By <a href="/authors/kofi-mensah">Kofi Mensah</a> and <a href="/authors/lea-stein">Lea Stein</a></div>
      <div class="dateline"><time datetime="2023-06-14T16:02:00Z">June 14, 2023 4:02 PM UTC</time></div>
    </div>
    <div class="image-block">
      <img src="/i/port.jpg">
      <div class="caption">Cranes stand idle at Port Halden on June 2. Northwire/Staff Photographer</div>
    </div>
    <div class="body-text">
      <p>HALDEN, June 14 (Northwire) - Dock workers at Port Halden ended a two-week strike on Wednesday after union members accepted a pay rise of 9% over two years, the union said.</p>
      <p>The walkout had left more than 40 container ships waiting offshore and cost exporters an estimated 120 million euros a day, according to the regional chamber of commerce.</p>
      <p><strong>Read more:</strong> <a href="/x">Port strike strands grain shipments</a></p>
      <p>"Our members held firm and the result shows it," union leader Sara Lund told reporters outside the port gates.</p>
      <div class="related-coverage"><h4>Related coverage</h4><ul><li><a href="/a">Halden port expansion delayed</a></li><li><a href="/b">Shipping rates climb on strike</a></li></ul></div>
      <p>Port operator HPA said normal operations would resume by Friday.</p>
      <p>Reporting by Kofi Mensah and Lea Stein; Editing by Tom Ash</p>
      <p class="trust">Our Standards: The Northwire Trust Principles.</p>
    </div>
    <div class="share-bar"><button>Share</button><a href="#">Copy link</a></div>
  </div>
  <div class="rail"><h3>Most read</h3><ol><li><a href="/m1">Markets slide as oil rises</a></li><li><a href="/m2">Central bank holds rates</a></li></ol></div>
</div>
<div class="footer">All quotes delayed a minimum of 15 minutes. © 2023 Northwire. All rights reserved.</div>
</body></html>
"""

WIRE_BODY = (
    "HALDEN, June 14 (Northwire) - Dock workers at Port Halden ended",
    "The walkout had left more than 40 container ships",
    "\"Our members held firm and the result shows it,\" union leader Sara Lund",
    "Port operator HPA said normal operations would resume by Friday.",
)
WIRE_NOT_BODY = ("Read more", "Port strike strands", "Related coverage", "Halden port expansion",
                 "Cranes stand idle", "Our Standards", "Most read", "Markets slide",
                 "Sign in", "Copy link", "quotes delayed")
