#include "BankImporter.h"
