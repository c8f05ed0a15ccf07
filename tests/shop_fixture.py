"""One sample shop per test session, shared by the data-stage test modules through the shop cache."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def shop_dir(tmp_path_factory) -> Path:
    from promo_llm.data.sample_shop import sample_shop_dir

    return sample_shop_dir(home=tmp_path_factory.getbasetemp() / "shared-shop-home")


@pytest.fixture(scope="module")
def shop(shop_dir):
    from promo_llm.data.shop import load_shop

    return load_shop(shop_dir)
