"""Wrap a folder of scraped-text articles into saved web pages, to measure the HTML path.

    .venv/bin/python bench/as_html.py SRC_DIR OUT_DIR
    .venv/bin/extract run OUT_DIR --out /tmp/html-out --quiet
    python3 ../shared/tools/score.py GOLD_DIR /tmp/html-out

Each `NAME.txt` becomes `NAME.html`: the article's lines, unchanged and in order, as the
paragraphs of the page's main column, inside one of three page templates that carry what real
saved pages carry and the article does not — navigation menus, a breadcrumb, a share bar,
`<script>`/`<style>` blocks, HTML comments, a "related news" list naming other places and
meetings, a copyright/ICP footer, and a `<title>` made of the first line and a site name. The
gold of the text articles stays the gold of the pages (nothing of the article is added or
removed), so the score of the pages beside the score of the texts says what the HTML path
loses or lets in. Nothing is written into the repository: run it on ../shared/realdev/raw or a
held-out set into a temporary folder.
"""

# ruff: noqa: E501  (the page templates are markup, kept as a browser saves it)

from __future__ import annotations

import html
import sys
from pathlib import Path

RELATED = [
    "南京市召开城市更新工作推进会",
    "青海省与西藏自治区签署生态保护合作协议",
    "哈尔滨市代表团赴大连考察交流",
    "黔东南州举办旅游招商推介会",
]

TEMPLATES = [
    # a provincial government portal
    """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_省人民政府门户网站</title>
<meta name="keywords" content="政务公开,新闻发布"><link rel="stylesheet" href="/css/main.css">
<style>.nav li{{float:left}} .share a{{margin:0 4px}}</style>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
</head><body>
<!-- 头部开始 -->
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/en/">English</a></div>
<div class="nav"><ul><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/sjfb/">数据发布</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 要闻动态</div>
<!-- 头部结束 -->
<div class="main"><div class="article">
<div class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="javascript:window.print()">打印</a></div>
<div id="zoom">
{paragraphs}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>{related}</ul></div></div>
<div class="footer"><p>主办：省人民政府办公厅 版权所有 ICP备05003120号</p><p>网站标识码 4100000001 技术支持：信息中心</p></div>
<script src="/js/jquery.min.js"></script><script>$(function(){{ $(".nav li").hover(); }});</script>
</body></html>
""",
    # a news portal
    """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title} - 新闻频道</title>
<script type="text/javascript">window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<div id="header"><div class="logo"><a href="/">新闻网</a></div><div class="menu"><a href="/gn/">国内</a><a href="/gj/">国际</a><a href="/sh/">社会</a><a href="/ty/">体育</a><a href="/yl/">娱乐</a><a href="/cj/">财经</a></div>
<form action="/search"><input name="q" placeholder="搜索"></form></div>
<!-- ad slot 728x90 -->
<div class="container"><div class="left">
<div class="content">
{paragraphs}
</div>
<div class="editor-share"><span>分享：</span><a href="#">微信</a><a href="#">朋友圈</a><a href="#">微博</a></div>
<div class="hot"><h4>热点推荐</h4><ul>{related}</ul></div>
</div><div class="right"><h4>排行榜</h4><ol><li><a href="/1.html">全国秋粮收购进度过半</a></li><li><a href="/2.html">多地迎来降温降雨天气</a></li></ol></div></div>
<div id="footer">关于我们 | 联系我们 | 广告服务 | 网站地图<br>Copyright © 新闻网 All Rights Reserved 互联网新闻信息服务许可证</div>
<script>(function(){{var s=document.createElement('script');s.src='https://stat.example.com/s.js';}})();</script>
</body></html>
""",
    # an e-paper page
    """<html><head><meta charset="utf-8"><title>{title}--日报数字报</title>
<link href="/epaper/style.css" rel="stylesheet" type="text/css"></head>
<body><table width="100%"><tr><td class="masthead">日报 数字报刊平台</td><td><a href="/epaper/">往期回顾</a> <a href="/epaper/search">检索</a></td></tr></table>
<table><tr><td valign="top" class="pagelist"><div>版面导航</div><a href="node_1.htm">第01版：要闻</a><br><a href="node_2.htm">第02版：综合</a><br><a href="node_3.htm">第03版：区域</a></td>
<td valign="top"><div class="titlelist">本版标题导航<ul>{related}</ul></div></td>
<td valign="top" class="article"><founder-content>
{paragraphs}
</founder-content></td></tr></table>
<!-- enpproperty <date>placeholder</date> /enpproperty -->
<div class="copyright">日报社版权所有 未经书面授权 不得复制或建立镜像</div>
</body></html>
""",
]


def page(text: str, template: str) -> str:
    lines = [line.strip() for line in text.splitlines()]
    first = next((line for line in lines if line), "")
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    related = "".join(f'<li><a href="/xw/{i}.html">{html.escape(t)}</a></li>' for i, t in enumerate(RELATED))
    return template.format(title=html.escape(first[:40]), paragraphs=paragraphs, related=related)


def write_pages(src: Path, out: Path) -> int:
    """Each ``src/NAME.txt`` as ``out/NAME.html``, the templates taken in turn; how many."""
    from extract.text.decode import decode

    out.mkdir(parents=True, exist_ok=True)
    texts = sorted(src.glob("*.txt"))
    for i, p in enumerate(texts):
        text, _ = decode(p.read_bytes())  # (a set may hold articles saved in Big5 or GBK)
        (out / f"{p.stem}.html").write_text(page(text, TEMPLATES[i % len(TEMPLATES)]), encoding="utf-8")
    return len(texts)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    out = Path(sys.argv[2])
    print(f"{write_pages(Path(sys.argv[1]), out)} pages written to {out}")


if __name__ == "__main__":
    main()
