"""The model tests' own fixtures."""

import pytest

from acuguide.model import yamlsafe


@pytest.fixture(params=["libyaml", "python"])
def parser(request):
    """Run the test with libyaml's parser and again with the pure-Python one."""
    if request.param not in yamlsafe.PARSERS:
        pytest.skip("PyYAML was built without libyaml")
    with yamlsafe.using_parser(request.param):
        yield request.param
