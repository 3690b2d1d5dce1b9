"""Cheap checks of scripts/fresh-check.sh; the real check (debootstrap, chroot) is not run."""

import os
import shutil
import subprocess

import pytest

SCRIPT = os.path.join(os.path.dirname(__file__), "..", "scripts", "fresh-check.sh")


def bash(*args, **kwargs):
    return subprocess.run(["bash", SCRIPT, *args], capture_output=True, text=True,
                          timeout=30, **kwargs)


def test_script_is_bash_and_parses():
    with open(SCRIPT) as script:
        assert script.readline().strip() == "#!/usr/bin/env bash"
    subprocess.run(["bash", "-n", SCRIPT], check=True, timeout=30)


@pytest.mark.skipif(not shutil.which("shellcheck"), reason="shellcheck is not installed")
def test_script_is_shellcheck_clean():
    result = subprocess.run(["shellcheck", SCRIPT], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout


def test_help_names_the_options_and_needs_no_root():
    result = bash("--help")
    assert result.returncode == 0
    assert "--keep" in result.stdout and "--rebuild" in result.stdout


def test_unknown_option_is_refused():
    result = bash("--frobnicate")
    assert result.returncode == 2
    assert "unknown argument: --frobnicate" in result.stderr


def test_refuses_to_run_without_root():
    command = ["bash", SCRIPT]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if not setpriv:
            pytest.skip("running as root and setpriv is not installed")
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    if "Permission denied" in result.stderr:
        pytest.skip("the unprivileged user cannot read the script here")
    assert result.returncode == 2
    assert "must run as root" in result.stderr
