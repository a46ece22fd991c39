# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

if TYPE_CHECKING:
    from ..models.credential import Credential


T = TypeVar("T", bound="DoneStage")


@_attrs_define
class DoneStage:
    """The integration is installed.

    Attributes:
        stage (Literal['done']):
        credential_id (UUID):
        credential (Credential | Unset): A connected account (Connect credential) of the Connected User.
    """

    stage: Literal["done"]
    credential_id: UUID
    credential: Credential | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage

        credential_id = str(self.credential_id)

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage": stage,
                "credentialId": credential_id,
            }
        )
        if credential is not UNSET:
            field_dict["credential"] = credential

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stage = cast(Literal["done"], d.pop("stage"))
        if stage != "done":
            raise ValueError(f"stage must match const 'done', got '{stage}'")

        credential_id = parse_uuid(d.pop("credentialId"))

        _credential = d.pop("credential", UNSET)
        credential: Credential | Unset
        if isinstance(_credential, Unset):
            credential = UNSET
        else:
            credential = Credential.from_dict(_credential)

        done_stage = cls(
            stage=stage,
            credential_id=credential_id,
            credential=credential,
        )

        done_stage.additional_properties = d
        return done_stage

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


from ..models.credential import Credential
