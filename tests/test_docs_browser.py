"""The built documentation, as a reader sees it in a real browser (headless Chromium).

The docs are served on 127.0.0.1 with a checker page that loads pages in frames of a given width,
four at a time (same origin, so it can inspect them), and writes what it measured into its own
DOM, which ``chromium --dump-dom`` prints. Skipped when Chromium is not installed (``make chromium``
installs Debian's package).
"""
import functools
import json
import re
import shutil
import subprocess
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, Iterator, Optional

import pytest

from tests.docs_build import built_docs

DOCS = Path(__file__).resolve().parent.parent / "docs"
# The pages whose examples a reader copies: no code block of theirs may scroll at 1280 px.
CODE_PAGES = sorted(
    path.relative_to(DOCS).with_suffix(".html").as_posix() for path in (DOCS / "usage").rglob("*.rst")
) + ["quickstart.html", "index.html"]
# Pages beyond the API that a new user looks for, to be reached from the sidebar of any page.
GUIDE_PAGES = ["changelog.html", "tls.html", "namespaces.html", "custom_adapters.html"]

FRAMES = [
    {"name": "home", "src": "index.html", "width": 1280, "check": "sidebar"},
    {"name": "pki", "src": "reference/api/secrets_engines/pki.html", "width": 1280, "check": "pki"},
    {"name": "kv_v2_1280", "src": "usage/secrets_engines/kv_v2.html", "width": 1280, "check": "overflow"},
    {"name": "kv_v2_390", "src": "usage/secrets_engines/kv_v2.html", "width": 390, "check": "overflow"},
    {"name": "search", "src": "search.html?q=generate_root", "width": 1280, "check": "search"},
] + [{"name": f"scroll:{page}", "src": page, "width": 1280, "check": "scroll"} for page in CODE_PAGES]

CHECKER = """<!doctype html>
<html><head><meta charset="utf-8"><title>docs check</title></head>
<body><pre id="result">pending</pre>
<script>
const FRAMES = %(frames)s;
const results = {};
let pending = FRAMES.length;
let next = 0;
const AT_ONCE = 4;  // frames loading at the same time: some 80 pages at once would starve each other

const MAIN = "article, [role=main]";  // the content column (furo: article; other themes: role=main)
const visible = (el) => !!el && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
const text = (el) => (el.textContent || "").replace(/\\s+/g, " ").trim();

const CHECKS = {
  sidebar: {
    ready: (doc) => !!doc.querySelector(".sidebar-tree"),
    run(doc) {
      const groups = {};
      for (const caption of doc.querySelectorAll(".sidebar-tree p.caption")) {
        let list = caption.nextElementSibling;
        while (list && list.tagName !== "UL") list = list.nextElementSibling;
        groups[text(caption)] = list ? [...list.querySelectorAll(":scope > li > a")].map(text) : [];
      }
      const anchors = [...doc.querySelectorAll(".sidebar-tree a.reference")];
      const codeBlocks = [...doc.querySelectorAll(`${MAIN} div.highlight pre`)].filter(visible).length;
      return {
        visible: visible(doc.querySelector(".sidebar-tree")),
        groups,
        links: anchors.map(text),
        hrefs: anchors.map((a) => a.getAttribute("href")),
        codeBlocks,
      };
    },
  },
  pki: {
    ready: (doc) => !!doc.querySelector(MAIN),
    run(doc) {
      const id = "hvac.api.secrets_engines.pki.Pki.generate_root";
      const entry = doc.getElementById(id);
      const row = doc.querySelector(`table.hvac-methods a[href="#${id}"]`);
      return {
        title: doc.title,
        entry: entry ? text(entry) : null,
        entryVisible: visible(entry),
        tableLink: visible(row),
        rowText: row ? text(row.closest("tr")) : null,
      };
    },
  },
  overflow: {
    ready: (doc) => !!doc.querySelector(MAIN),
    run(doc, win) {
      const main = doc.querySelector(MAIN);
      const article = main.getBoundingClientRect();
      const viewport = doc.documentElement.clientWidth;
      const problems = [];
      const blocks = [...main.querySelectorAll("div.highlight pre")];
      blocks.forEach((pre, index) => {
        const box = pre.getBoundingClientRect();
        const overflowX = win.getComputedStyle(pre).overflowX;
        const scrollable = overflowX === "auto" || overflowX === "scroll";
        const line = text(pre).slice(0, 60);
        if (pre.scrollWidth > pre.clientWidth + 1 && !scrollable)
          problems.push(`block ${index} (${line}) is cut: overflow-x ${overflowX}, ${pre.scrollWidth} > ${pre.clientWidth}px`);
        if (box.left < article.left - 1 || box.right > article.right + 1 || box.right > viewport + 1)
          problems.push(`block ${index} (${line}) sticks out: ${box.left}-${box.right} outside ${article.left}-${article.right} (viewport ${viewport})`);
      });
      if (doc.documentElement.scrollWidth > viewport + 1)
        problems.push(`the page is wider than the window: ${doc.documentElement.scrollWidth} > ${viewport}`);
      return {blocks: blocks.length, problems};
    },
  },
  scroll: {
    ready: (doc) => !!doc.querySelector(MAIN),
    run(doc) {
      const blocks = [...doc.querySelector(MAIN).querySelectorAll("div.highlight pre")];
      const scrolling = blocks
        .filter((pre) => pre.scrollWidth > pre.clientWidth + 1)
        .map((pre) => `${pre.scrollWidth} > ${pre.clientWidth}px: ${text(pre).slice(0, 60)}`);
      return {blocks: blocks.length, scrolling};
    },
  },
  search: {
    ready: (doc) => /finished/i.test(text(doc.querySelector(".search-summary") || doc.createElement("p"))),
    run(doc) {
      return {
        summary: text(doc.querySelector(".search-summary") || doc.createElement("p")),
        results: [...doc.querySelectorAll("#search-results ul.search li a")].map((a) => a.getAttribute("href")),
      };
    },
  },
};

function finish(frame, value, iframe) {
  results[frame.name] = value;
  iframe.remove();
  if (--pending === 0) document.getElementById("result").textContent = JSON.stringify(results);
  else load();
}

function poll(frame, iframe, started) {
  const check = CHECKS[frame.check];
  const doc = iframe.contentDocument;
  if (doc && doc.readyState === "complete" && check.ready(doc)) {
    try { finish(frame, check.run(doc, iframe.contentWindow), iframe); }
    catch (error) { finish(frame, {error: String(error)}, iframe); }
  } else if (Date.now() - started > 20000) {
    finish(frame, {error: "timed out"}, iframe);
  } else {
    setTimeout(() => poll(frame, iframe, started), 100);
  }
}

function load() {
  if (next >= FRAMES.length) return;
  const frame = FRAMES[next++];
  const iframe = document.createElement("iframe");
  iframe.width = frame.width;
  iframe.height = 900;
  iframe.addEventListener("load", () => poll(frame, iframe, Date.now()));
  iframe.src = "/" + frame.src;
  document.body.appendChild(iframe);
}

for (let i = 0; i < AT_ONCE; i++) load();
</script></body></html>
"""


def chromium() -> Optional[str]:
    return shutil.which("chromium") or shutil.which("chromium-browser") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )


@functools.lru_cache(maxsize=None)
def measure() -> Dict[str, Any]:
    """Serve the built docs on loopback and run the checker page in headless Chromium."""
    browser = chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (Debian package 'chromium'; `make chromium` installs it)")
    build = built_docs()
    checker = (CHECKER % {"frames": json.dumps(FRAMES)}).encode()

    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(build), **kwargs)

        def do_GET(self) -> None:
            if self.path != "/__check__.html":
                return super().do_GET()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(checker)))
            self.end_headers()
            self.wfile.write(checker)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    profile = tempfile.mkdtemp(prefix="hvac-docs-chromium-")
    try:
        result = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                f"--user-data-dir={profile}",
                "--window-size=1400,1000",
                "--virtual-time-budget=600000",
                "--dump-dom",
                f"http://127.0.0.1:{server.server_address[1]}/__check__.html",
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(profile, ignore_errors=True)
    match = re.search(r'<pre id="result">(.*?)</pre>', result.stdout, re.S)
    assert match and match.group(1) != "pending", f"no result from Chromium: {result.stdout[-2000:]}{result.stderr[-2000:]}"
    return json.loads(match.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


@pytest.fixture(scope="module")
def seen() -> Iterator[Dict[str, Any]]:
    yield measure()


def test_the_sidebar_has_the_usage_groups_with_unambiguous_names(seen: Dict[str, Any]) -> None:
    home = seen["home"]
    assert home.get("visible"), home
    groups = home["groups"]
    assert list(groups) == [
        "Getting started",
        "Guides",
        "Usage: System backend",
        "Usage: Secrets engines",
        "Usage: Auth methods",
        "Beyond hvac",
        "Reference",
        "Migration and changes",
    ]
    assert "AWS (secrets engine)" in groups["Usage: Secrets engines"]
    assert "AWS (auth method)" in groups["Usage: Auth methods"]
    assert len(groups["Usage: System backend"]) > 20 and len(groups["Usage: Auth methods"]) > 10
    duplicates = sorted({name for name in home["links"] if home["links"].count(name) > 1})
    assert duplicates == [], "sidebar entries with the same name"


def test_system_backend_titles_share_one_style_and_tell_policies_from_policy(seen: Dict[str, Any]) -> None:
    titles = seen["home"]["groups"]["Usage: System backend"]
    # "What it is (sys/the-path)": a name a reader knows, then where it lives in the API.
    assert [t for t in titles if not re.fullmatch(r"[A-Z][^()]* \(sys/[^()]+\)", t)] == []
    assert "ACL, RGP and EGP policies (sys/policies)" in titles
    assert "ACL policies, original endpoints (sys/policy)" in titles


def test_the_front_page_shows_code(seen: Dict[str, Any]) -> None:
    assert seen["home"]["codeBlocks"] >= 1, seen["home"]


def test_the_changelog_and_the_guides_are_in_the_sidebar(seen: Dict[str, Any]) -> None:
    hrefs = seen["home"]["hrefs"]
    assert [page for page in GUIDE_PAGES if page not in hrefs] == [], hrefs


def test_no_code_block_of_the_usage_pages_and_quickstart_scrolls_at_1280_px(seen: Dict[str, Any]) -> None:
    checked = {name.split(":", 1)[1]: page for name, page in seen.items() if name.startswith("scroll:")}
    assert sorted(checked) == sorted(CODE_PAGES)
    failed = {name: page for name, page in checked.items() if "error" in page or page["scrolling"]}
    assert failed == {}
    assert sum(page["blocks"] for page in checked.values()) > 300


def test_the_pki_reference_page_lists_generate_root(seen: Dict[str, Any]) -> None:
    pki = seen["pki"]
    assert "client.secrets.pki" in pki["title"]
    assert pki["tableLink"] and "POST /v1/{mount_point}/root/generate/{type}" in pki["rowText"], pki
    assert pki["entryVisible"] and "generate_root(" in pki["entry"], pki


@pytest.mark.parametrize("width", [1280, 390])
def test_no_code_block_of_the_kv_v2_page_overflows(seen: Dict[str, Any], width: int) -> None:
    page = seen[f"kv_v2_{width}"]
    assert "error" not in page, page
    assert page["blocks"] > 5
    assert page["problems"] == []


def test_search_finds_a_method(seen: Dict[str, Any]) -> None:
    search = seen["search"]
    assert "error" not in search, search
    assert any("reference/api/secrets_engines/pki.html" in href for href in search["results"]), search
