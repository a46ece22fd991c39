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
    from ..models.credential_config_update import CredentialConfigUpdate
    from ..models.install_options import InstallOptions
    from ..models.install_payload import InstallPayload


T = TypeVar("T", bound="CredentialCreateRequest")


@_attrs_define
class CredentialCreateRequest:
    """The body that installs an API-key integration.

    Attributes:
        integration_id (str):
        payload (InstallPayload): The user's inputs by input ID (API keys, pre- or post-OAuth options).
        config (CredentialConfigUpdate | Unset): A change to a credential's settings; see `updateCredential` for the
            merge rules.
        install_options (InstallOptions | Unset): Options of `installIntegration`, `connect` and `installFlow.start`.
    """

    integration_id: str
    payload: InstallPayload
    config: CredentialConfigUpdate | Unset = UNSET
    install_options: InstallOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        payload = self.payload.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        install_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.install_options, Unset):
            install_options = self.install_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationId": integration_id,
                "payload": payload,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if install_options is not UNSET:
            field_dict["installOptions"] = install_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "integrationId"
        try:
            integration_id = d["integrationId"]
            if not isinstance(integration_id, str):
                raise DecodeError.wrong_type("a string", integration_id)

            _key = "payload"
            payload = _InstallPayload_from_dict(d["payload"])

            _key = "config"
            _config = d.get("config", UNSET)
            config: CredentialConfigUpdate | Unset = (
                UNSET
                if _config is UNSET
                else _CredentialConfigUpdate_from_dict(_config)
            )

            _key = "installOptions"
            _install_options = d.get("installOptions", UNSET)
            install_options: InstallOptions | Unset = (
                UNSET
                if _install_options is UNSET
                else _InstallOptions_from_dict(_install_options)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        credential_create_request = _new(cls)
        credential_create_request.integration_id = integration_id
        credential_create_request.payload = payload
        credential_create_request.config = config
        credential_create_request.install_options = install_options
        credential_create_request.additional_properties = (
            {}
            if len(d) + (config is UNSET) + (install_options is UNSET) == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return credential_create_request

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

# The keys CredentialCreateRequest reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "integrationId",
        "payload",
        "config",
        "installOptions",
    }
)


from ..models.credential_config_update import CredentialConfigUpdate
from ..models.install_options import InstallOptions
from ..models.install_payload import InstallPayload

_CredentialConfigUpdate_from_dict = CredentialConfigUpdate.from_dict
_InstallOptions_from_dict = InstallOptions.from_dict
_InstallPayload_from_dict = InstallPayload.from_dict
