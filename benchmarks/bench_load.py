"""Benchmark: import the model, load all content, and load a generated full-size atlas.

Run: .venv/bin/python benchmarks/bench_load.py
Goal (issue 2): a generated atlas of 361 points plus 200 routines loads in under 100 ms.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

import yaml

from acuguide.model.atlas_load import load_atlas
from acuguide.model.codes import MERIDIANS
from acuguide.model.content import load_content, parse_routine
from acuguide.model.routine import routine_schema

IMPORT_SCRIPT = """
import time
t = time.perf_counter()
import acuguide.model.content, acuguide.model.plan, acuguide.model.search
print(time.perf_counter() - t)
"""


def timed_ms(fn, repeat: int) -> tuple[float, float]:
    """Median and best wall time of ``repeat`` calls, in ms (these machines are noisy)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, min(times) * 1000


def import_ms(repeat: int = 7) -> float:
    runs = [float(subprocess.run([sys.executable, "-c", IMPORT_SCRIPT], capture_output=True,
                                 text=True, check=True).stdout) for _ in range(repeat)]
    return statistics.median(runs) * 1000


def generated_atlas() -> tuple[bytes, bytes]:
    articles = b"gen:\n  title: Generated\n  file: gen.txt\n"
    lines = ["points:"]
    for meridian, (name, count, bilateral) in MERIDIANS.items():
        for n in range(1, count + 1):
            lines += [
                f"  {meridian}{n}:",
                f"    pinyin: Point{meridian}{n}", "    hanzi: [穴]",
                f"    english: [{name} point {n}]", f"    aliases: [{meridian}-{n}]",
                "    region: somewhere on the body",
                f"    laterality: {'bilateral' if bilateral else 'midline'}",
                "    say: two finger-widths from the landmark",
                "    find: Two finger-widths from the landmark, in the hollow.",
                "    find_from: medial-malleolus", "    find_cun: 1.5",
                "    location: A standard location text of moderate length for realism.",
                "    uses:", "      - {article: gen, text: relieving generated symptoms}",
                "    cautions:", "      - {kind: pressure, text: Press gently.}",
                "    views: [leg-inner]",
            ]
    lines += ["areas:", "  calf:", "    title: Calf", "    say: the calf", "    region: calf",
              "    effect: relaxes", "    article: gen", "    views: [leg-back]",
              "holds:", "  right-thumb:", "    title: Right thumb",
              "    instruction: Hold it.", "    side: right", "    article: gen",
              "    purpose: calm", "    views: [forearm-hand]"]
    return "\n".join(lines).encode(), articles


def generated_routine(i: int, codes: list[str]) -> bytes:
    steps = "\n".join(f"  - point: {codes[(i * 7 + k) % len(codes)]}\n    seconds: 60"
                      for k in range(15))
    return (f"title: Routine {i}\nsummary: Generated routine {i}.\n"
            f"defaults: {{prepare: 10, sides: both-in-turn}}\nsteps:\n{steps}\n").encode()


def main() -> None:
    points, articles = generated_atlas()
    atlas = load_atlas(points, articles)
    codes = sorted(atlas.points)
    routines = [generated_routine(i, codes) for i in range(200)]

    def load_generated() -> None:
        generated = load_atlas(points, articles)
        schema = routine_schema(generated)
        for i, data in enumerate(routines):
            parse_routine(data, f"r{i}.yaml", generated, schema=schema)

    baseline = statistics.median(
        float(subprocess.run([sys.executable, "-c", "import time;t=time.perf_counter();"
                              "import json;print(time.perf_counter()-t)"],
                             capture_output=True, text=True, check=True).stdout)
        for _ in range(5)) * 1000
    print(f"points in generated atlas: {len(atlas.points)}, routines: {len(routines)}")
    print(f"import acuguide.model (cold, subprocess): {import_ms():7.1f} ms "
          f"(import json alone: {baseline:.1f} ms)")
    def plain_pyyaml() -> None:
        # Reference in the same run: PyYAML's libyaml loader on the same bytes, with no
        # validation, no line numbers and no limits.
        yaml.load(points, Loader=yaml.CSafeLoader)
        for data in routines:
            yaml.load(data, Loader=yaml.CSafeLoader)

    median, best = timed_ms(lambda: load_content(None), 15)
    print(f"load built-in content (17 points, 3 routines): {median:7.1f} ms (best {best:.1f})")
    median, best = timed_ms(load_generated, 15)
    ref_median, ref_best = timed_ms(plain_pyyaml, 15)
    print(f"load generated atlas + 200 routines: {median:7.1f} ms (best {best:.1f}; "
          "goal < 100 ms)")
    print(f"  reference, yaml.load(CSafeLoader) of the same files: {ref_median:7.1f} ms "
          f"(best {ref_best:.1f}); ratio {median / ref_median:.2f}x")


if __name__ == "__main__":
    main()
