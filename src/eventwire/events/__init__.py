"""Events: cue lexicon, arguments, modality and PLOVER/CAMEO coding."""
