// Loaded by './derkit shell': the library's packages and short factories.
import java.math.BigDecimal;
import java.time.*;
import org.derkit.model.*;
import static org.derkit.model.DerQuantities.*;
import org.derkit.model.facility.*;
import org.derkit.model.installation.*;
import org.derkit.model.application.*;
import org.derkit.model.retail.*;
import org.derkit.model.generator.*;
