"""A mobilisation told in the passive is the deployed forces' own (resolve/mobilized_forces.py):
they are its actor, not its recipient.  Sentences are the project's own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "forces"),
    [
        ("Kenyan troops were deployed to the border town on Monday.", "deployed", "KENMIL"),
        (
            "Kenyan troops in the region, deployed in the war against the rebels in March, have guarded the dam.",
            "deployed",
            "KENMIL",
        ),
        ("Some of the Kenyan forces, who were deployed alongside the militia, went home.", "deployed", "KENMIL"),
        ("It was the first battle in which Kenyan air power was deployed to support the militia.", "deployed", "KEN"),
    ],
)
def test_forces_deployed_are_the_actor_of_their_deployment(coder, text, trigger, forces):
    event = on_trigger(code(coder, text), trigger)
    assert event.event == "MOBILIZE"
    assert event.actor is not None and event.actor.code == forces
    assert event.recipient is None


def test_a_person_deployed_who_is_no_force_is_not_made_the_doer(coder):
    event = on_trigger(
        code(coder, "The teacher, who was deployed to a school near the border, said it was calm."), "deployed"
    )
    assert event.actor is None
