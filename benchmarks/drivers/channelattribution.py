"""Time ChannelAttribution's first-order Markov model on a journeys CSV (run in its own venv).

``python channelattribution.py JOURNEYS.csv`` prints one JSON line. The CSV is
the attribution benchmark's (journey_id, path "A > B", hours, converted). It is
aggregated by path first (conversions and non-conversions per path, as the
package expects); only the ``markov_model`` call is timed, at 1 % convergence.
"""

import csv
import json
import sys
import time
from collections import Counter
from importlib.metadata import version

import pandas as pd
from ChannelAttribution import markov_model


def main() -> None:
    conv: Counter[str] = Counter()
    null: Counter[str] = Counter()
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            path = ">".join(part.strip() for part in row[1].split(">"))
            if row[3] == "1":
                conv[path] += 1
            else:
                null[path] += 1
    paths = sorted(set(conv) | set(null))
    data = pd.DataFrame({"path": paths, "conv": [conv[p] for p in paths],
                         "null": [null[p] for p in paths]})
    start = time.perf_counter()
    result = markov_model(data, "path", "conv", var_null="null", order=1, sep=">",
                          conv_par=0.01, ncore=1, verbose=False, flg_pro=False)
    seconds = time.perf_counter() - start
    table = result if isinstance(result, pd.DataFrame) else result[0]

    print(json.dumps({"seconds": seconds, "paths": len(paths),
                      "version": version("ChannelAttribution"),
                      "credit": dict(zip(table.iloc[:, 0], map(float, table.iloc[:, 1]),
                                         strict=False))}))


main()
