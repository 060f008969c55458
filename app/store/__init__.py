"""The bottom layer: the SQLCipher engine, the keys, the models and the migrations."""
