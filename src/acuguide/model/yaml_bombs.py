"""Alias bombs ("billion laughs"): a few aliases of aliases make a small file huge.

Checked on the node tree before anything walks it, in one pass over the nodes read.
"""

from __future__ import annotations

import yaml

from acuguide.model.problems import refusal


def refuse_bombs(root: yaml.Node, file: str, most: int) -> None:
    """Refuse a tree whose aliases would expand it past ``most`` nodes, or into itself.

    A few aliases of aliases ("billion laughs") make a small file stand for billions of
    values; the checker would walk each of them. Sizes are counted once per node (aliases
    share their anchor's node), so this costs one pass over the nodes actually read.
    """
    sizes: dict[int, int] = {}  # -1 while a node's children are being counted
    work: list[tuple[yaml.Node, bool]] = [(root, False)]
    while work:
        node, counted = work.pop()
        children = _children(node)
        if counted:
            size = 1 + sum(sizes[id(child)] for child in children)
            if size > most:
                raise refusal(file, node.start_mark, "refused as an alias bomb (\"billion "
                              f"laughs\"): its aliases (*name) would make more than "
                              f"{most:,} values; write the values out, or use fewer "
                              "aliases")
            sizes[id(node)] = size
            continue
        if sizes.get(id(node), -1) >= 0:
            continue  # an alias of a node counted already
        sizes[id(node)] = -1
        work.append((node, True))
        for child in children:
            if sizes.get(id(child)) == -1:  # still being counted: it holds this node
                raise refusal(file, child.start_mark, "the list or mapping anchored here "
                              "(&name) holds an alias (*name) of itself, so it never ends; "
                              "write the values out")
            if id(child) not in sizes:
                work.append((child, False))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []
