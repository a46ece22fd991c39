# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.workflow_step import WorkflowStep


T = TypeVar("T", bound="WorkflowSummary")


@_attrs_define
class WorkflowSummary:
    """A workflow of an integration.

    Attributes:
        id (str):
        description (str): The workflow's name.
        project_id (str | Unset):
        integration_id (str | Unset):
        steps (list[WorkflowStep] | Unset):
    """

    id: str
    description: str
    project_id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    steps: list[WorkflowStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        project_id = self.project_id

        integration_id = self.integration_id

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "description"
            description = d["description"]
            if not isinstance(description, str):
                raise DecodeError.wrong_type("a string", description)

            _key = "projectId"
            project_id = d.get("projectId", UNSET)
            if not isinstance(project_id, str) and project_id is not UNSET:
                raise DecodeError.wrong_type("a string", project_id)

            _key = "integrationId"
            integration_id = d.get("integrationId", UNSET)
            if not isinstance(integration_id, str) and integration_id is not UNSET:
                raise DecodeError.wrong_type("a string", integration_id)

            _key = "steps"
            _steps = d.get("steps", UNSET)
            steps: list[WorkflowStep] | Unset = UNSET
            if _steps is not UNSET:
                if not isinstance(_steps, list):
                    raise DecodeError.wrong_type("an array", _steps)
                steps = []
                try:
                    for steps_item_data in _steps:
                        steps_item = _WorkflowStep_from_dict(steps_item_data)

                        steps.append(steps_item)
                except DecodeError as _error:
                    raise _error.at(len(steps))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        workflow_summary = _new(cls)
        workflow_summary.id = id
        workflow_summary.description = description
        workflow_summary.project_id = project_id
        workflow_summary.integration_id = integration_id
        workflow_summary.steps = steps
        workflow_summary.additional_properties = (
            {}
            if len(d)
            + (project_id is UNSET)
            + (integration_id is UNSET)
            + (steps is UNSET)
            == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return workflow_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys WorkflowSummary reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "description",
        "projectId",
        "integrationId",
        "steps",
    }
)


from ..models.workflow_step import WorkflowStep

_WorkflowStep_from_dict = WorkflowStep.from_dict
