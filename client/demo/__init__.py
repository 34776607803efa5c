"""A deterministic generated bank for demos, tests and benchmarks."""

from client.demo.fill import DemoStats, generate_demo

__all__ = ["DemoStats", "generate_demo"]
