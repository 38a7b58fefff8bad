"""Cross-validate the whole text cleaner (rules + learned line model) on the labelled training pages.

For each of 5 page-grouped folds, the line model is trained on the other folds' pages (as
`training/build_boilerplate.py` does: the same windows of each page) and `filter_text` of
`sphere.read.clean.boilerplate` reads excerpts of the held-out pages cut the way a person copies an article
(a few lines of the page above the body, a few below). Reported the way the shared scorer reads a document: the
share of boilerplate lines removed (mean per excerpt, by source), the excerpts whose first and last body lines
are both kept, and the share of body lines kept; with `--variants`, the same for the cleaner with a module
switch turned off (e.g. `TAIL_CASCADE`) or a threshold changed (`EDGE_THRESHOLD=0.4`), on the same models. `--show N` prints N missed boilerplate lines and N
dropped body lines with their position (above, inside or below the body).

`--why` counts the dropped body lines by the mechanism that dropped them (the reason codes of `filter_text`:
"learned", "learned-inner", "teaser-list", "glued", ...); `--reason R` and `--source S` narrow `--show`.

Usage: python training/cv_boilerplate.py [--folds 5] [--show 0] [--why] [--epochs 600] [--variants TAIL_CASCADE]
       [--cache /tmp/cvcache]  (keeps the fold models: rerun at once after a change of the rules of position)
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_boilerplate as bb  # noqa: E402
import numpy as np  # noqa: E402

import sphere.read.clean.boilerplate as bp_mod  # noqa: E402
import sphere.read.clean.layout as layout_mod  # noqa: E402
import sphere.read.clean.line_rules as rules_mod  # noqa: E402
import sphere.read.clean.lines as lines_mod  # noqa: E402

Rows = list[dict[str, object]]
_INVISIBLE_RX = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")


def norm_ws(text: str) -> str:
    """Return a line as the shared scorer compares it (NFKC, runs of white space as one space, lower case), without
    the invisible characters the cleaner removes: a body line with a tab or a no-break space in it is kept when
    the cleaner keeps it with plain spaces."""
    return re.sub(r"\s+", " ", _INVISIBLE_RX.sub("", unicodedata.normalize("NFKC", text))).strip().lower()


def excerpts(rows: Rows, rng: random.Random, n: int) -> list[Rows]:
    """Return `n` excerpts of a page: the body with 0-6 lines above it and 0-8 below."""
    body = [i for i, r in enumerate(rows) if r["label"] == "body"]
    if not body:
        return []
    out = []
    for _ in range(n):
        start = max(0, body[0] - rng.randint(0, 6))
        end = min(len(rows), body[-1] + 1 + rng.randint(0, 8))
        out.append(rows[start:end])
    return out


class Tally:
    """What one variant of the cleaner did to the excerpts."""

    def __init__(self) -> None:
        self.bp: dict[str, list[float]] = {}
        self.ends_ok = self.n = self.body_kept = self.body_total = 0
        self.kinds: Counter[str] = Counter()
        self.missed: list[tuple[str, str]] = []
        self.dropped: list[tuple[str, str]] = []
        # dropped body lines by (source, reason): which mechanism of `filter_text` took them
        self.why: Counter[tuple[str, str]] = Counter()
        self.caught: Counter[tuple[str, str]] = Counter()  # boilerplate lines dropped, by (source, reason)
        self.dropped_why: list[tuple[str, str, str, str]] = []  # (source, reason, where, line)
        self.fates: list[tuple[str, str, bool]] = []  # (label, line, kept) of every labelled line, in order

    def add(self, source: str, ex: Rows) -> None:
        raw = [str(r["text"]).strip() for r in ex]
        art = bp_mod.filter_text("\n\n".join(raw))
        texts = [norm_ws(t) for t in raw]
        kept = {norm_ws(p) for p in art.paragraphs} | ({norm_ws(art.title)} if art.title else set())
        reason_of: dict[str, str] = {}
        for reason, line in getattr(art, "why", []):  # (a cleaner without `why` gives no reasons)
            reason_of.setdefault(norm_ws(line), reason)
        # a copy of a body line (a headline said twice) cannot be told from the body by its text, here as in the
        # shared scorer (which looks for each boilerplate line in the cleaned text): it is not scored
        body_texts = {t for t, r in zip(texts, ex, strict=True) if r["label"] == "body"}
        scored = [r["label"] == "boilerplate" and t not in body_texts for t, r in zip(texts, ex, strict=True)]
        bps = [t for t, s in zip(texts, scored, strict=True) if s]
        bodies = [i for i, r in enumerate(ex) if r["label"] == "body"]
        if bps:
            self.bp.setdefault(source, []).append(1 - sum(t in kept for t in bps) / len(bps))
        self.n += 1
        self.ends_ok += int(texts[bodies[0]] in kept and texts[bodies[-1]] in kept)
        self.body_kept += sum(texts[i] in kept for i in bodies)
        self.body_total += len(bodies)
        for i, r in enumerate(ex):
            if r["label"] is not None:
                self.fates.append((str(r["label"]), raw[i], texts[i] in kept))
            where = "above" if i < bodies[0] else "below" if i > bodies[-1] else "inside"
            if scored[i] and texts[i] not in kept:
                self.caught[(source, reason_of.get(texts[i], "?"))] += 1
            if scored[i] and texts[i] in kept:
                self.kinds[f"missed-{where}"] += 1
                self.missed.append((where, raw[i]))
            elif r["label"] == "body" and texts[i] not in kept:
                self.kinds[f"dropped-body-{where}"] += 1
                self.dropped.append((where, raw[i]))
                reason = reason_of.get(texts[i], "?")
                self.why[(source, reason)] += 1
                self.dropped_why.append((source, reason, where, raw[i]))

    def line(self, name: str) -> str:
        allv = [v for vs in self.bp.values() for v in vs]
        per = ", ".join(f"{s} {sum(v) / len(v):.3f}" for s, v in sorted(self.bp.items()))
        return (
            f"{name}: boilerplate {sum(allv) / max(1, len(allv)):.3f} over {len(allv)} excerpts ({per}); "
            f"body ends kept {self.ends_ok}/{self.n}; body lines kept {self.body_kept / max(1, self.body_total):.3f}"
            f"\n  {dict(sorted(self.kinds.items()))}"
        )

    def why_table(self) -> str:
        """Return the lines each mechanism dropped, per source: body lines lost / boilerplate lines caught."""
        sources = sorted({s for s, _ in self.why} | {s for s, _ in self.caught})
        reasons = sorted(
            {r for _, r in self.why} | {r for _, r in self.caught},
            key=lambda r: -sum(self.why[(s, r)] + self.caught[(s, r)] for s in sources),
        )
        rows = [f"  {'reason':<16}" + "".join(f"{s[:12] + ' body/bp':>22}" for s in sources)]
        for r in reasons:
            rows.append(
                f"  {r:<16}" + "".join(f"{self.why[(s, r)]:>15}/{self.caught[(s, r)]:<6}" for s in sources)
            )
        return "lines dropped by reason (body lines lost / boilerplate lines caught):\n" + "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--why", action="store_true", help="count the dropped body lines by reason and source")
    ap.add_argument("--reason", default="", help="with --show: show only body lines dropped for this reason")
    ap.add_argument("--source", default="", help="with --show: only body lines of this source (prefix)")
    ap.add_argument(
        "--diff", type=int, default=0, help="print N lines the first variant treats otherwise than 'all'"
    )
    ap.add_argument(
        "--dump", default="", help="write every labelled line's fate to this JSON file (compare two versions)"
    )
    ap.add_argument("--compare", default="", help="print the lines whose fate differs from this --dump file")
    ap.add_argument("--epochs", type=int, default=600)
    ap.add_argument("--hidden", type=int, default=16)
    ap.add_argument("--excerpts", type=int, default=2)
    ap.add_argument(
        "--variants", nargs="*", default=[], help="switches to turn off, or NAME=VALUE thresholds"
    )
    ap.add_argument(
        "--cache", default="", help="folder to keep the fold models in (reused while the line features stay)"
    )
    args = ap.parse_args()
    pages = bb.load_pages()
    keys = list(pages)
    order = keys[:]
    random.Random(bb.SEED).shuffle(order)
    folds = [order[i :: args.folds] for i in range(args.folds)]
    cache = Path(args.cache) / f"folds{args.folds}-h{args.hidden}-e{args.epochs}.pkl" if args.cache else None
    models: list[lines_mod.LineModel] = []
    if cache and cache.exists():
        models = pickle.loads(cache.read_bytes())
    else:
        # each page's training windows are featurised once (the same windows in every fold it trains in)
        feats = {k: bb.dataset(pages, [k], bb.SEED + i, 3) for i, k in enumerate(keys)}
        print(f"{len(keys)} pages, {sum(len(v[1]) for v in feats.values())} line examples", flush=True)
    tallies = {name: Tally() for name in ["all", *args.variants]}
    for f, test in enumerate(folds):
        if len(models) <= f:
            held = set(test)
            train_keys = [k for k in keys if k not in held and len(feats[k][1])]
            xt = np.concatenate([feats[k][0] for k in train_keys])
            yt = np.concatenate([feats[k][1] for k in train_keys])
            models.append(lines_mod.LineModel(bb.train(xt, yt, args.hidden, args.epochs)))
            print(f"fold {f + 1}: trained on {len(yt)} examples", flush=True)
        model = models[f]
        lines_mod.load_model = lambda model=model: model  # type: ignore[assignment]
        rng = random.Random(bb.SEED + 200 + f)
        for k in test:
            for ex in excerpts(pages[k], rng, args.excerpts):
                for name, tally in tallies.items():
                    key, _, value = name.partition("=")
                    # the thresholds of the line model live in boilerplate, the layout switches in layout, the
                    # shapes of a line in line_rules
                    mod = next((m for m in (bp_mod, layout_mod) if hasattr(m, key)), rules_mod)
                    saved = getattr(mod, key) if name != "all" else None
                    if name != "all":
                        setattr(mod, key, float(value) if value else False)
                    tally.add(k.split("|")[0], ex)
                    if name != "all":
                        setattr(mod, key, saved)
    if cache and not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(models))
    for name, tally in tallies.items():
        label = "all" if name == "all" else (name if "=" in name else f"without {name}")
        print(tally.line("cv " + label))
        if args.why:
            print(tally.why_table())
    if args.dump:
        Path(args.dump).write_text(json.dumps(tallies["all"].fates), encoding="utf-8")
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        for (label, line, was), (_, _, now) in zip(before, tallies["all"].fates, strict=True):
            if was != now:
                print("CHANGED", label, "now kept" if now else "now dropped", "|", line[:150])
    if args.diff and args.variants:
        other = tallies[args.variants[0]]
        diffs = [
            (label, line, kept)
            for (label, line, kept), (_, _, kept2) in zip(tallies["all"].fates, other.fates, strict=True)
            if kept != kept2
        ]
        for label, line, kept in diffs[: args.diff]:
            print("DIFF", label, "kept by all" if kept else f"kept {args.variants[0]}", "|", line[:150])
    if args.show:
        rng = random.Random(1)
        t = tallies["all"]
        for where, line in rng.sample(t.missed, min(args.show, len(t.missed))):
            print("MISSED", where, "|", line[:140])
        chosen = [
            d
            for d in t.dropped_why
            if (not args.reason or d[1] == args.reason) and d[0].startswith(args.source)
        ]
        for source, reason, where, line in rng.sample(chosen, min(args.show, len(chosen))):
            print("DROPPED", source[:4], reason, where, "|", line[:160])
    return 0


if __name__ == "__main__":
    sys.exit(main())
