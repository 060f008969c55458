"""Use cases, one public function each, each one transaction. Qt-free."""
