// Reading the parts of a site's configuration that only the consolidation
// case (Verstetigungsvorlage) and the committee deck use into the site
// (model/vorlage.h, model/custom_indicator.h): the Sitzungsvorlage's fields,
// the running costs, the recorded steps, the team's own indicators and which
// goal area each piece of evidence speaks to.
#ifndef ANKERBERICHT_CONFIG_VORLAGE_CONFIG_H_
#define ANKERBERICHT_CONFIG_VORLAGE_CONFIG_H_

#include <string>

#include "util/status.h"

namespace Poco::JSON {
class Object;
}

namespace ankerbericht {

class ConfigReader;
struct Site;

// Reads "funding_start", "vorlage", "kosten", "custom_indicators" and
// "goal_evidence" of the site object |o| at |path| into |site|. Fails with
// kConfig naming the JSON path ("$.sites[0].kosten.posten[1].betrag: must be
// a number ...") for a bad value, an unknown goal area, a custom indicator
// id used twice or a step without a date.
Status ReadVorlageBlocks(const ConfigReader& r, const Poco::JSON::Object& o,
                         const std::string& path, Site* site);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_CONFIG_VORLAGE_CONFIG_H_
