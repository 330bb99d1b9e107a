package io.printflow.activities.vendor.passiongraphic.dto;

/** An option chosen for an item: the product's option id and the key of one of its values. */
public record ChosenOption(String optionId, String optionValueKey) {}
