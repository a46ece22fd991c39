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

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instruction_call_to_action import InstructionCallToAction


T = TypeVar("T", bound="InstructionStage")


@_attrs_define
class InstructionStage:
    """Instructions to follow before connecting (for example installing Salesforce's package).

    Attributes:
        stage (Literal['instruction']):
        content (str):
        ctas (list[InstructionCallToAction] | Unset):
        finish (InstructionCallToAction | Unset): A button of an instruction stage.
    """

    stage: Literal["instruction"]
    content: str
    ctas: list[InstructionCallToAction] | Unset = UNSET
    finish: InstructionCallToAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage

        content = self.content

        ctas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ctas, Unset):
            ctas = []
            for ctas_item_data in self.ctas:
                ctas_item = ctas_item_data.to_dict()
                ctas.append(ctas_item)

        finish: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finish, Unset):
            finish = self.finish.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage": stage,
                "content": content,
            }
        )
        if ctas is not UNSET:
            field_dict["ctas"] = ctas
        if finish is not UNSET:
            field_dict["finish"] = finish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stage = cast(Literal["instruction"], d.pop("stage"))
        if stage != "instruction":
            raise ValueError(f"stage must match const 'instruction', got '{stage}'")

        content = d.pop("content")

        _ctas = d.pop("ctas", UNSET)
        ctas: list[InstructionCallToAction] | Unset = UNSET
        if _ctas is not UNSET:
            ctas = []
            for ctas_item_data in _ctas:
                ctas_item = InstructionCallToAction.from_dict(ctas_item_data)

                ctas.append(ctas_item)

        _finish = d.pop("finish", UNSET)
        finish: InstructionCallToAction | Unset
        if isinstance(_finish, Unset):
            finish = UNSET
        else:
            finish = InstructionCallToAction.from_dict(_finish)

        instruction_stage = cls(
            stage=stage,
            content=content,
            ctas=ctas,
            finish=finish,
        )

        instruction_stage.additional_properties = d
        return instruction_stage

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


from ..models.instruction_call_to_action import InstructionCallToAction
