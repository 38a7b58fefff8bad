"""Build the boilerplate line model (src/sphere/read/clean/models/boilerplate_lines.json) from labelled lines.

Reads every training/boilerplate/*.jsonl.gz (one row per line: source, url, page, line, label, text; label
"body", "boilerplate" or null for an unlabelled line kept as context), groups lines into pages, and trains on
the whole pages and on deterministic crops of them that look like a pasted excerpt (a window that starts a few
lines above the body and stops after a few kilobytes or a few lines below it). Features are those of
`sphere.read.clean.lines` (generic: length, punctuation, capitalisation, stop-word and furniture-word density,
position, repetition, neighbours). The model is a one-hidden-layer network trained by full-batch Adam with a
fixed seed, so a rerun on the same data gives the same file. Short news pages (few, but like what the reader meets) get more crops than
the long benchmark pages. `--cv` prints page-grouped 5-fold cross-validation first.

Usage: python training/build_boilerplate.py [--hidden 16] [--epochs 600] [--cv]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from sphere.read.clean.boilerplate import boilerplate_reason  # noqa: E402
from sphere.read.clean.lines import FEATURES, line_features  # noqa: E402

OUT = ROOT / "src" / "sphere" / "read" / "clean" / "models" / "boilerplate_lines.json"
SEED = 20261206


def load_pages() -> dict[str, list[dict[str, object]]]:
    """Return page key -> its rows in line order, from every training file."""
    pages: dict[str, list[dict[str, object]]] = defaultdict(list)
    for path in sorted((HERE / "boilerplate").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for raw in fh:
                row = json.loads(raw)
                pages[f"{row['source']}|{row['page']}"].append(row)
    for rows in pages.values():
        rows.sort(key=lambda r: int(r["line"]))  # type: ignore[call-overload]
    return dict(sorted(pages.items()))


def crops(rows: list[dict[str, object]], rng: random.Random, n: int) -> list[list[dict[str, object]]]:
    """Return `n` windows of a page that look like a pasted excerpt, plus the whole page."""
    body = [i for i, r in enumerate(rows) if r["label"] == "body"]
    out = [rows]
    if not body:
        return out
    for _ in range(n):
        start = max(0, body[0] - rng.randint(0, 10))
        limit = rng.choice([1500, 2000, 3000, 6000, 100000])
        end, size = start, 0
        while end < len(rows) and size < limit and end <= body[-1] + rng.randint(0, 12):
            size += len(str(rows[end]["text"])) + 1
            end += 1
        if end > start:
            out.append(rows[start:end])
    return out


def featurise(window: list[dict[str, object]]) -> tuple[list[list[float]], list[int]]:
    """Return the features and labels (1 boilerplate, 0 body, -1 unlabelled) of one window."""
    lines = [str(r["text"]) for r in window]
    rules = [boilerplate_reason(line) is not None for line in lines]
    x = line_features(lines, rules)
    y = [-1 if r["label"] is None else int(r["label"] == "boilerplate") for r in window]
    return x, y


def dataset(pages: dict[str, list[dict[str, object]]], keys: list[str], seed: int, n_crops: int):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    xs: list[list[float]] = []
    ys: list[int] = []
    for k in keys:
        n = n_crops * 4 if n_crops and k.startswith("news-pages|") else n_crops
        for window in crops(pages[k], rng, n):
            x, y = featurise(window)
            for a, b in zip(x, y, strict=True):
                if b >= 0:
                    xs.append(a)
                    ys.append(b)
    return np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64)


def train(x: np.ndarray, y: np.ndarray, hidden: int, epochs: int) -> dict[str, object]:
    """Fit the network by full-batch Adam (balanced classes, L2) and return its weights as plain lists."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    z = (x - mean) / scale
    rng = np.random.default_rng(SEED)
    w1 = rng.normal(0, 1 / np.sqrt(z.shape[1]), (z.shape[1], hidden))
    b1 = np.zeros(hidden)
    w2 = rng.normal(0, 1 / np.sqrt(hidden), hidden)
    b2 = 0.0
    pos = y.mean()
    weight = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos))
    weight /= weight.mean()
    params = [w1, b1, w2, np.array([b2])]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    lr, l2 = 0.01, 1e-4
    for t in range(1, epochs + 1):
        w1, b1, w2, b2a = params
        h_pre = z @ w1 + b1
        h = np.maximum(h_pre, 0)
        out = h @ w2 + b2a[0]
        p = 1 / (1 + np.exp(-np.clip(out, -30, 30)))
        g_out = (p - y) * weight / len(y)
        g_w2 = h.T @ g_out + l2 * w2
        g_b2 = np.array([g_out.sum()])
        g_h = np.outer(g_out, w2) * (h_pre > 0)
        g_w1 = z.T @ g_h + l2 * w1
        g_b1 = g_h.sum(axis=0)
        for i, g in enumerate([g_w1, g_b1, g_w2, g_b2]):
            m[i] = 0.9 * m[i] + 0.1 * g
            v[i] = 0.999 * v[i] + 0.001 * g * g
            params[i] = params[i] - lr * (m[i] / (1 - 0.9**t)) / (np.sqrt(v[i] / (1 - 0.999**t)) + 1e-8)
    w1, b1, w2, b2a = params
    r = 6
    return {
        "features": list(FEATURES),
        "mean": [round(float(a), r) for a in mean],
        "scale": [round(float(a), r) for a in scale],
        "w1": [[round(float(a), r) for a in row] for row in w1.T],
        "b1": [round(float(a), r) for a in b1],
        "w2": [round(float(a), r) for a in w2],
        "b2": round(float(b2a[0]), r),
    }


def predict(spec: dict[str, object], x: np.ndarray) -> np.ndarray:
    z = (x - np.array(spec["mean"])) / np.array(spec["scale"])
    h = np.maximum(z @ np.array(spec["w1"]).T + np.array(spec["b1"]), 0)
    return 1 / (1 + np.exp(-(h @ np.array(spec["w2"]) + float(spec["b2"]))))  # type: ignore[arg-type]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hidden", type=int, default=16)
    ap.add_argument("--epochs", type=int, default=600)
    ap.add_argument("--crops", type=int, default=3)
    ap.add_argument("--cv", action="store_true", help="print page-grouped 5-fold cross-validation first")
    args = ap.parse_args()
    pages = load_pages()
    keys = list(pages)
    sources: dict[str, int] = defaultdict(int)
    for k in keys:
        sources[k.split("|", 1)[0]] += 1
    n_lines = sum(sum(1 for r in rows if r["label"]) for rows in pages.values())
    print(f"{len(keys)} pages ({dict(sources)}), {n_lines} labelled lines")
    if args.cv:
        order = keys[:]
        random.Random(SEED).shuffle(order)
        folds = [order[i::5] for i in range(5)]
        tp = fp = fn = tn = 0
        for i, test in enumerate(folds):
            trn = [k for k in keys if k not in set(test)]
            xt, yt = dataset(pages, trn, SEED + i, args.crops)
            spec = train(xt, yt, args.hidden, args.epochs)
            xe, ye = dataset(pages, test, SEED + 100 + i, 0)
            pred = predict(spec, xe) >= 0.5
            tp += int(((pred == 1) & (ye == 1)).sum())
            fp += int(((pred == 1) & (ye == 0)).sum())
            fn += int(((pred == 0) & (ye == 1)).sum())
            tn += int(((pred == 0) & (ye == 0)).sum())
        print(
            f"5-fold by page: accuracy {(tp + tn) / (tp + tn + fp + fn):.3f}, boilerplate recall "
            f"{tp / max(1, tp + fn):.3f}, body lines kept {tn / max(1, tn + fp):.3f}"
        )
    x, y = dataset(pages, keys, SEED, args.crops)
    spec = train(x, y, args.hidden, args.epochs)
    spec["trained_on"] = {"pages": len(keys), "sources": dict(sources), "lines": len(y)}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes) from {len(y)} line examples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
