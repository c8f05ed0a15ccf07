"""Review samples for tests: a synthetic one with two systems (fast, known automatic values) and
helpers to read a page's hidden fields and to answer an item."""

from __future__ import annotations

import re
from pathlib import Path

from promo_llm.review.sample import Item, Sample, save_sample
from promo_llm.store import Store

SYSTEMS = ("sysalpha", "sysbeta")
"""System names that appear in no template or fact, so a page that shows them leaks them."""


def synthetic_sample(home: Path, n_score: int = 12, n_pair: int = 4, sample_id: str = "s1") -> Sample:
    """`n_score` copies (alternating systems, predicted conversion rising with the index) and
    `n_pair` pairs of the two systems' copies."""
    items = []
    for k in range(n_score):
        system = SYSTEMS[k % 2]
        items.append(Item(f"score{k:02d}", "score", f"b{k}", "push", "en-US",
                          [["Product", f"Trail boots {k}"], ["Price", "79.99 USD"]],
                          [{"system": system, "copy": f"Trail boots {k}\nNow 79.99, see them today.",
                            "auto": {"guard_passed": k % 3 != 0, "grounding_violations": k % 2,
                                     "channel_conformance": 1.0, "predicted_conversion": 0.01 * k}}]))
    for k in range(n_pair):
        items.append(Item(f"pair{k:02d}", "pair", f"p{k}", "sms", "en-US", [["Product", f"Scarf {k}"]],
                          [{"system": s, "copy": f"Scarf {k} from {'first' if s == SYSTEMS[0] else 'second'} writer",
                            "auto": {"guard_passed": True, "grounding_violations": 0, "channel_conformance": 1.0,
                                     "predicted_conversion": 0.05}} for s in SYSTEMS]))
    sample = Sample(sample_id, "2026-12-01T00:00:00+00:00", {"kind": "eval", "results": "synthetic"}, items)
    save_sample(Store(home), sample)
    return sample


def hidden(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def score_form(html: str, value: int = 4, flags: tuple[str, ...] = ()) -> dict:
    """A complete answer to the item on `html` (score or pair)."""
    form = {"csrf": hidden(html, "csrf"), "item": hidden(html, "item")}
    if 'data-kind="pair"' in html:
        form["prefer"] = "A"
    else:
        form.update({k: str(value) for k in ("factual", "fluency", "persuasive", "on_brand", "compliant")})
        form["flags"] = list(flags)
    return form


class served:
    """The app on a free port of 127.0.0.1 in a thread, as `with served(home) as base_url:`."""

    def __init__(self, home: Path):
        import uvicorn

        from promo_llm.review.app import create_app

        self.server = uvicorn.Server(uvicorn.Config(create_app(home), host="127.0.0.1", port=0,
                                                    log_level="error"))

    def __enter__(self) -> str:
        import threading

        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("the review app did not start")
            self.thread.join(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
