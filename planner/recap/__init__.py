"""The agency recap: many units' plans read together, checked together, and written for the head and the BKD."""
