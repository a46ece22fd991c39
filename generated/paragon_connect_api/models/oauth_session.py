# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oauth_session_status import OAuthSessionStatus
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="OAuthSession")


@_attrs_define
class OAuthSession:
    """Where an OAuth handshake stands, and its credential once approved.

    Attributes:
        status (OAuthSessionStatus): Where an OAuth handshake stands.
        connect_credential_id (None | UUID): The new credential, once the user approved.
        message (None | str | Unset): Why the handshake failed, when it was denied.
    """

    status: OAuthSessionStatus
    connect_credential_id: None | UUID
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        connect_credential_id: None | str
        if isinstance(self.connect_credential_id, UUID):
            connect_credential_id = str(self.connect_credential_id)
        else:
            connect_credential_id = self.connect_credential_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "connectCredentialId": connect_credential_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = OAuthSessionStatus(d.pop("status"))

        def _parse_connect_credential_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connect_credential_id_type_0 = parse_uuid(data)

                return connect_credential_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        connect_credential_id = _parse_connect_credential_id(
            d.pop("connectCredentialId")
        )

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        oauth_session = cls(
            status=status,
            connect_credential_id=connect_credential_id,
            message=message,
        )

        oauth_session.additional_properties = d
        return oauth_session

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
