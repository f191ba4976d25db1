#pragma once

#include <QString>

// Recognises the events endpoint in a URL (both documented path forms) and takes the family
// from it; works on raw text so Postman's {{baseUrl}} style URLs are understood too.
class EventEndpoint final
{
public:
    // The family in ".../receive/generic/{family}" or ".../receive/generic/generic/{family}";
    // empty when the URL is not the events endpoint.
    static QString familyOf(const QString &url);
    // The URL with the family replaced by {eventType} and every credential query item (Redactor's
    // list) removed.
    static QString urlTemplate(const QString &url);
    // The value of the api_key query parameter, if any.
    static QString queryKey(const QString &url);
};
