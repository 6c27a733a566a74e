#include "changenotifier.h"

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{
}
