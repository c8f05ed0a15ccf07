"""The wheel carries every package: each folder of promo_llm/ with an __init__.py is declared."""

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_package_is_declared_in_pyproject():
    declared = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "promo_llm").rglob("__init__.py")}
    missing = sorted(found - declared)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
