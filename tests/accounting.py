"""Every non-blank input line must end up somewhere in the article: the 'nothing lost' check."""
import re
import unicodedata

BULLETS = "•·◦∙○●◎◉◇◆◈❖□■▣▲△▴▵▶▷►▸▹▪▫-–—ㅡ*※ㅇ"


def squash(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text or ""))


def output_pieces(data):
    """Every string of an article dict that holds input text."""
    pieces = [data.get("headline") or "", data.get("byline") or ""]
    pieces += data.get("highlights") or []
    for key in ("dateline", "embargo"):
        if data.get(key):
            pieces.append(data[key]["text"])
    for block in data.get("body") or []:
        pieces.append((block.get("marker") or "") + block["text"])
        for row in block.get("rows") or []:
            pieces.append("".join(row))
    pieces += [c["text"] for c in data.get("contacts") or []]
    pieces += data.get("attachments") or []
    pieces += data.get("stripped") or []
    return [squash(p) for p in pieces if squash(p)]


def covered(line, pieces, runs=4):
    """The line is the concatenation of at most `runs` runs, each found inside one piece."""
    for _ in range(runs):
        n = max((k for k in range(len(line), 0, -1) if any(line[:k] in p for p in pieces)), default=0)
        if n == 0:
            return False
        line = line[n:]
        if not line:
            return True
    return False


def lost_lines(text, data):
    """Input lines that no output string accounts for."""
    pieces = output_pieces(data)
    everything = "".join(pieces)
    lost = []
    for raw in text.splitlines():
        line = squash(raw.strip().lstrip(BULLETS))
        if line and line not in everything and not covered(line, pieces):
            lost.append(raw)
    return lost
