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
    from ..models.shared_meta import SharedMeta
    from ..models.workflow_meta_map import WorkflowMetaMap


T = TypeVar("T", bound="IntegrationPortalConfigValues")


@_attrs_define
class IntegrationPortalConfigValues:
    """What the Connect Portal shows; `getIntegrationConfig` is computed from it.

    Attributes:
        overview (str | Unset): The long description (`longDescription`).
        description (str | Unset): The short description (`shortDescription`).
        accent_color (str | Unset):
        shared_meta (SharedMeta | Unset): The integration-level User Settings.
        workflow_meta (WorkflowMetaMap | Unset): What the Connect Portal shows of each workflow, by workflow ID.
    """

    overview: str | Unset = UNSET
    description: str | Unset = UNSET
    accent_color: str | Unset = UNSET
    shared_meta: SharedMeta | Unset = UNSET
    workflow_meta: WorkflowMetaMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overview = self.overview

        description = self.description

        accent_color = self.accent_color

        shared_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_meta, Unset):
            shared_meta = self.shared_meta.to_dict()

        workflow_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_meta, Unset):
            workflow_meta = self.workflow_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overview is not UNSET:
            field_dict["overview"] = overview
        if description is not UNSET:
            field_dict["description"] = description
        if accent_color is not UNSET:
            field_dict["accentColor"] = accent_color
        if shared_meta is not UNSET:
            field_dict["sharedMeta"] = shared_meta
        if workflow_meta is not UNSET:
            field_dict["workflowMeta"] = workflow_meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "overview"
        try:
            overview = d.pop("overview", UNSET)
            if not isinstance(overview, str) and overview is not UNSET:
                raise DecodeError.wrong_type("a string", overview)

            _key = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, str) and description is not UNSET:
                raise DecodeError.wrong_type("a string", description)

            _key = "accentColor"
            accent_color = d.pop("accentColor", UNSET)
            if not isinstance(accent_color, str) and accent_color is not UNSET:
                raise DecodeError.wrong_type("a string", accent_color)

            _key = "sharedMeta"
            _shared_meta = d.pop("sharedMeta", UNSET)
            shared_meta: SharedMeta | Unset
            if isinstance(_shared_meta, Unset):
                shared_meta = UNSET
            else:
                shared_meta = SharedMeta.from_dict(_shared_meta)

            _key = "workflowMeta"
            _workflow_meta = d.pop("workflowMeta", UNSET)
            workflow_meta: WorkflowMetaMap | Unset
            if isinstance(_workflow_meta, Unset):
                workflow_meta = UNSET
            else:
                workflow_meta = WorkflowMetaMap.from_dict(_workflow_meta)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        integration_portal_config_values = cls(
            overview=overview,
            description=description,
            accent_color=accent_color,
            shared_meta=shared_meta,
            workflow_meta=workflow_meta,
        )

        integration_portal_config_values.additional_properties = d
        return integration_portal_config_values

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


from ..models.shared_meta import SharedMeta
from ..models.workflow_meta_map import WorkflowMetaMap
