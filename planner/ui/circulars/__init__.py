"""The circulars in the window: the panel that shows the plan's circular and the editor for the user's own."""
