// Loaded by './derkit shell' (and by the scripts' test): the library's packages and short factories.
import java.math.BigDecimal;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.derkit.model.*;
import static org.derkit.model.DerQuantities.*;
import org.derkit.model.facility.*;
import org.derkit.model.installation.*;
import org.derkit.model.application.*;
import org.derkit.model.retail.*;
import org.derkit.model.generator.*;
import org.derkit.rules.*;
import org.derkit.rules.book.*;
import org.derkit.rules.generator.*;
import org.derkit.metering.*;
import org.derkit.examples.data.*;
import org.derkit.edi.*;
