"""Customer 360 latency over a demo cache.

    python tests/bench/customer360.py --profile DIR [--loads 1000]

Opens a profile made by `guitai demo`, loads the 360 of --loads customers drawn at random
(seeded) from the customer table after a warm-up, and prints `key=value` pairs on its last line.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from sqlalchemy import func, select

from client.customer360 import load_customer_360
from client.profile import Profile
from client.schema.models import Customer
from client.store import LocalCache

WARM_UP = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", type=Path, required=True)
    parser.add_argument("--loads", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with LocalCache.open(Profile.open(args.profile)) as cache:
        session = cache.read_session()
        total = session.scalar(select(func.count()).select_from(Customer)) or 0
        alive = select(Customer.customer_number).where(Customer.deleted.is_(False))
        every = sorted(session.scalars(alive))
        numbers = rng.choices(every, k=args.loads + WARM_UP)
        timings: list[float] = []
        for k, number in enumerate(numbers):
            started = time.perf_counter()
            view = load_customer_360(session, customer_number=number)
            elapsed = (time.perf_counter() - started) * 1000
            session.expunge_all()
            if k >= WARM_UP:
                timings.append(elapsed)
            assert view.customer_number == number
        session.close()
    timings.sort()
    p95 = timings[int(0.95 * len(timings))]
    print(
        f"customers={total} loads={len(timings)} p50_ms={statistics.median(timings):.2f} "
        f"p95_ms={p95:.2f} max_ms={timings[-1]:.2f}"
    )


if __name__ == "__main__":
    main()
