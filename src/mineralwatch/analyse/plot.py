"""A one-page picture of a mineral profile: who produces it, and what the news reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no display: the CLI and the API run headless

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import MaxNLocator

TOP_N = 10
_CHINA_COLOUR, _OTHER_COLOUR, _RESIDUAL_COLOUR = "#c0392b", "#2e86c1", "#aab7b8"


def plot_profile(profile: dict[str, Any], path: str | Path) -> Path:
    """Draw production shares (first production stage) and events by month to a PNG."""
    fig, (shares_ax, news_ax) = plt.subplots(
        2, 1, figsize=(10, 9), gridspec_kw={"height_ratios": [3, 2]}
    )
    fig.suptitle(f"{profile['name'].capitalize()}: where it comes from and what the news says",
                 fontsize=14, fontweight="bold")
    stage = next((s for s in profile["stages"] if s.get("shares")), None)
    if stage is None:
        _message(shares_ax, profile.get("message") or "No production statistics.")
    else:
        _draw_shares(shares_ax, stage)
    _draw_news(news_ax, profile.get("events_by_month") or [])
    fig.text(0.01, 0.005, "Sources: USGS Mineral Commodity Summaries 2025 (public domain); "
             "news events from the mineralwatch store.", fontsize=8, color="#555555")
    fig.tight_layout(rect=(0, 0.02, 1, 0.96))
    path = Path(path)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def _draw_shares(ax: plt.Axes, stage: dict[str, Any]) -> None:
    shares = stage["shares"]
    top = shares[:TOP_N]
    labels = [s["name"] for s in top]
    values = [s["share"] or 0.0 for s in top]
    colours = [_CHINA_COLOUR if s["country"] == "country:CN" else _OTHER_COLOUR for s in top]
    rest = sum(s["share"] or 0.0 for s in shares[TOP_N:])
    if rest:
        labels.append(f"{len(shares) - TOP_N} more named countries")
        values.append(rest)
        colours.append(_OTHER_COLOUR)
    other = stage.get("other_countries")
    if other and other.get("share"):
        labels.append('"Other countries" (USGS residual)')
        values.append(other["share"])
        colours.append(_RESIDUAL_COLOUR)
    bars = ax.barh(labels[::-1], values[::-1], color=colours[::-1])
    for bar, value in zip(bars, values[::-1], strict=True):
        label = f"{value:.1f}%" if value >= 0.05 else "<0.1%"
        ax.text(bar.get_width() + 0.6, bar.get_y() + bar.get_height() / 2, label,
                va="center", fontsize=9)
    ax.set_xlim(0, max(values) * 1.15 + 2)
    ax.set_xlabel("share of world total (%)")
    what = f"{stage['stage']} {stage['measure']}"
    if stage.get("product"):
        what += f" ({stage['product']})"
    year = f"{stage['year']}{' estimate' if stage.get('estimated') else ''}"
    ax.set_title(
        f"{what.capitalize()}, {year}: world {stage['world_total']:,.0f} {stage['unit']}\n"
        f"HHI {stage['hhi']:,.0f} · top three {stage['top3_share']:.0f}% · "
        f"China {stage['china_share']:.0f}%",
        fontsize=11, loc="left",
    )
    ax.spines[["top", "right"]].set_visible(False)


def _draw_news(ax: plt.Axes, months: list[dict[str, Any]]) -> None:
    if not months:
        _message(ax, "No news events in the store for this mineral.")
        ax.set_title("News events by month", fontsize=11, loc="left")
        return
    table = pd.DataFrame(months).pivot_table(
        index="month", columns="type", values="events", aggfunc="sum", fill_value=0
    ).sort_index()
    # Months without events are shown empty rather than closed up.
    span = pd.period_range(table.index.min(), table.index.max(), freq="M").strftime("%Y-%m")
    table = table.reindex(span, fill_value=0)
    table.plot(kind="bar", stacked=True, ax=ax, width=0.8, colormap="tab10")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("News events by month and type", fontsize=11, loc="left")
    ax.set_xlabel("")
    ax.set_ylabel("events")
    step = max(1, -(-len(table) // 12))  # at most about twelve month labels
    ax.set_xticks(range(len(table)))
    ax.set_xticklabels([m if i % step == 0 else "" for i, m in enumerate(table.index)],
                       rotation=45, ha="right")
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)


def _message(ax: plt.Axes, text: str) -> None:
    ax.axis("off")
    ax.text(0.5, 0.5, text, ha="center", va="center", wrap=True, fontsize=11, color="#444444")
