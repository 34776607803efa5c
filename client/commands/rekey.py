"""`guitai rekey --profile DIR`: re-encrypt the profile's cache under a new random key."""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, profile_dir
from client.errors import UsageError
from client.profile import Profile
from client.rekey import rekey


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)


def run(args: argparse.Namespace) -> int:
    profile = Profile.open(profile_dir(args))
    if not profile.has_cache:
        raise UsageError(f"the profile {profile.folder} has no cache yet")
    rekey(profile)
    print(f"the cache {profile.cache_path} is now encrypted under a new key; the old one is gone")
    return 0
