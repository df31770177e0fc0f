"""The guided inventory (業務棚卸し): a six-step page a partner goes through with the owner."""

from desktop.gui.wizard.page import InventoryWizardPage

__all__ = ["InventoryWizardPage"]
