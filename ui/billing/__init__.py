"""The billing screens: invoice editor, actions, payments, the Billing area."""
