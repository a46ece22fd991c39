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
    from ..models.account_type_option import AccountTypeOption
    from ..models.connect_input import ConnectInput
    from ..models.data_source_map import DataSourceMap


T = TypeVar("T", bound="SdkIntegrationConfig")


@_attrs_define
class SdkIntegrationConfig:
    """What the SDK needs to install an integration and to load its data sources.

    Attributes:
        account_types (list[AccountTypeOption] | Unset): The account types to choose from; the install flow skips the
            choice when there is one or none.
        oauth_inputs (list[ConnectInput] | Unset): Inputs asked before OAuth, as older answers name them. SDK 2.4.0
            never reads them (it
            reads `authConfigInputs`); the Python client asks them only when `authConfigInputs`
            is empty.
        post_oauth_inputs (list[ConnectInput] | Unset): Inputs asked after OAuth (the install flow's `postOptions`).
        auth_config_inputs (list[ConnectInput] | Unset): The inputs asked before connecting (the install flow's
            `preOptions`): before OAuth
            for an OAuth integration, unless the chosen account type has `endUserSuppliedValues`
            of its own; the credentials themselves for one connected without OAuth (an API key).
        data_sources (DataSourceMap | Unset): The integration's data sources, by source type.
    """

    account_types: list[AccountTypeOption] | Unset = UNSET
    oauth_inputs: list[ConnectInput] | Unset = UNSET
    post_oauth_inputs: list[ConnectInput] | Unset = UNSET
    auth_config_inputs: list[ConnectInput] | Unset = UNSET
    data_sources: DataSourceMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_types, Unset):
            account_types = []
            for account_types_item_data in self.account_types:
                account_types_item = account_types_item_data.to_dict()
                account_types.append(account_types_item)

        oauth_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.oauth_inputs, Unset):
            oauth_inputs = []
            for oauth_inputs_item_data in self.oauth_inputs:
                oauth_inputs_item = oauth_inputs_item_data.to_dict()
                oauth_inputs.append(oauth_inputs_item)

        post_oauth_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_oauth_inputs, Unset):
            post_oauth_inputs = []
            for post_oauth_inputs_item_data in self.post_oauth_inputs:
                post_oauth_inputs_item = post_oauth_inputs_item_data.to_dict()
                post_oauth_inputs.append(post_oauth_inputs_item)

        auth_config_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auth_config_inputs, Unset):
            auth_config_inputs = []
            for auth_config_inputs_item_data in self.auth_config_inputs:
                auth_config_inputs_item = auth_config_inputs_item_data.to_dict()
                auth_config_inputs.append(auth_config_inputs_item)

        data_sources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_sources, Unset):
            data_sources = self.data_sources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_types is not UNSET:
            field_dict["accountTypes"] = account_types
        if oauth_inputs is not UNSET:
            field_dict["oauthInputs"] = oauth_inputs
        if post_oauth_inputs is not UNSET:
            field_dict["postOauthInputs"] = post_oauth_inputs
        if auth_config_inputs is not UNSET:
            field_dict["authConfigInputs"] = auth_config_inputs
        if data_sources is not UNSET:
            field_dict["dataSources"] = data_sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "accountTypes"
        try:
            _account_types = d.get("accountTypes", UNSET)
            account_types: list[AccountTypeOption] | Unset = UNSET
            if _account_types is not UNSET:
                if not isinstance(_account_types, list):
                    raise DecodeError.wrong_type("an array", _account_types)
                account_types = []
                try:
                    for account_types_item_data in _account_types:
                        account_types_item = _AccountTypeOption_from_dict(
                            account_types_item_data
                        )

                        account_types.append(account_types_item)
                except DecodeError as _error:
                    raise _error.at(len(account_types))

            _key = "oauthInputs"
            _oauth_inputs = d.get("oauthInputs", UNSET)
            oauth_inputs: list[ConnectInput] | Unset = UNSET
            if _oauth_inputs is not UNSET:
                if not isinstance(_oauth_inputs, list):
                    raise DecodeError.wrong_type("an array", _oauth_inputs)
                oauth_inputs = []
                try:
                    for oauth_inputs_item_data in _oauth_inputs:
                        oauth_inputs_item = _ConnectInput_from_dict(
                            oauth_inputs_item_data
                        )

                        oauth_inputs.append(oauth_inputs_item)
                except DecodeError as _error:
                    raise _error.at(len(oauth_inputs))

            _key = "postOauthInputs"
            _post_oauth_inputs = d.get("postOauthInputs", UNSET)
            post_oauth_inputs: list[ConnectInput] | Unset = UNSET
            if _post_oauth_inputs is not UNSET:
                if not isinstance(_post_oauth_inputs, list):
                    raise DecodeError.wrong_type("an array", _post_oauth_inputs)
                post_oauth_inputs = []
                try:
                    for post_oauth_inputs_item_data in _post_oauth_inputs:
                        post_oauth_inputs_item = _ConnectInput_from_dict(
                            post_oauth_inputs_item_data
                        )

                        post_oauth_inputs.append(post_oauth_inputs_item)
                except DecodeError as _error:
                    raise _error.at(len(post_oauth_inputs))

            _key = "authConfigInputs"
            _auth_config_inputs = d.get("authConfigInputs", UNSET)
            auth_config_inputs: list[ConnectInput] | Unset = UNSET
            if _auth_config_inputs is not UNSET:
                if not isinstance(_auth_config_inputs, list):
                    raise DecodeError.wrong_type("an array", _auth_config_inputs)
                auth_config_inputs = []
                try:
                    for auth_config_inputs_item_data in _auth_config_inputs:
                        auth_config_inputs_item = _ConnectInput_from_dict(
                            auth_config_inputs_item_data
                        )

                        auth_config_inputs.append(auth_config_inputs_item)
                except DecodeError as _error:
                    raise _error.at(len(auth_config_inputs))

            _key = "dataSources"
            _data_sources = d.get("dataSources", UNSET)
            data_sources: DataSourceMap | Unset = (
                UNSET
                if _data_sources is UNSET
                else _DataSourceMap_from_dict(_data_sources)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        sdk_integration_config = _new(cls)
        sdk_integration_config.account_types = account_types
        sdk_integration_config.oauth_inputs = oauth_inputs
        sdk_integration_config.post_oauth_inputs = post_oauth_inputs
        sdk_integration_config.auth_config_inputs = auth_config_inputs
        sdk_integration_config.data_sources = data_sources
        sdk_integration_config.additional_properties = (
            {}
            if len(d)
            + (account_types is UNSET)
            + (oauth_inputs is UNSET)
            + (post_oauth_inputs is UNSET)
            + (auth_config_inputs is UNSET)
            + (data_sources is UNSET)
            == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return sdk_integration_config

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

# The keys SdkIntegrationConfig reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "accountTypes",
        "oauthInputs",
        "postOauthInputs",
        "authConfigInputs",
        "dataSources",
    }
)


from ..models.account_type_option import AccountTypeOption
from ..models.connect_input import ConnectInput
from ..models.data_source_map import DataSourceMap

_AccountTypeOption_from_dict = AccountTypeOption.from_dict
_ConnectInput_from_dict = ConnectInput.from_dict
_DataSourceMap_from_dict = DataSourceMap.from_dict
